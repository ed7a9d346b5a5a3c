"""Shared helpers and deny-list extraction for p127."""
import base64, binascii, json, os, random, re, string, uuid, zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
BRIEF_DIR = '/tmp/brief127'
HERE = os.path.dirname(os.path.abspath(__file__))

LANG_WORDS = ['latin', 'cyrillic', 'devanagari', 'hebrew', 'bengali', 'khmer', 'sinhala', 'telugu',
              'gujarati', 'kannada', 'malayalam', 'myanmar', 'han', 'kana', 'hangul', 'arabic',
              'indonesian', 'japanese', 'korean', 'chinese', 'mandarin', 'german', 'english']


def extract_denylist(texts):
    names, langs, words, tokens = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t):
            names.add(m.lower())
            for p in m.split('__'):
                if p:
                    names.add(p.lower())
        for code, nm in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(nm.lower())
            for w in re.findall(r'[A-Za-z\u00c0-\u024f]+', nm):
                langs.add(w.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n:
                tokens.add(n)
    langs.update(LANG_WORDS)
    return {'names': sorted(names), 'langs': sorted(langs), 'words': sorted(words), 'tokens': sorted(tokens)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read()
                 for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith('.md')]
        fresh = extract_denylist(texts)
        if os.path.exists(path):
            frozen = json.load(open(path, encoding='utf-8'))
            if frozen != fresh:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(fresh, f, ensure_ascii=False, indent=0, sort_keys=True)
        return fresh
    return json.load(open(path, encoding='utf-8'))


def name_hits(name, deny_names):
    n = name.lower()
    parts = [n] + [p for p in n.split('__') if p]
    return [p for p in parts if p in deny_names]


class G:
    """Value generator bound to one seeded Random."""
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s('0123456789ABCDEF', n)

    def an(self, n):
        return self.s(ALNUM, n)

    def lowan(self, n):
        return self.s(string.ascii_lowercase + string.digits, n)

    def upan(self, n):
        return self.s(string.ascii_uppercase + string.digits, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode().rstrip('=')

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def ghstyle(self, prefix, body=30):
        """GitHub-style token: random base62 body + base62 CRC32 of the body, 6 chars."""
        b = self.an(body)
        c = zlib.crc32(b.encode()) & 0xffffffff
        out = ''
        while c:
            c, d = divmod(c, 62)
            out = B62[d] + out
        return prefix + b + out.rjust(6, '0')

    def jwt(self, claims):
        h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
        p = base64.urlsafe_b64encode(json.dumps(claims, separators=(',', ':')).encode()).decode().rstrip('=')
        return h + '.' + p + '.' + self.b64url(32)

    def pw(self, words):
        w = self.r.choice(words)
        if self.r.random() < 0.45:
            w = w.capitalize()
        return w + self.r.choice('-_.') + self.s(string.ascii_lowercase + string.digits, self.r.randint(3, 6)) + self.s(string.digits, 2)


FASHION_WORDS = ['selvedge', 'gusset', 'bias', 'chambray', 'twill', 'jacquard', 'placket', 'dart', 'hemline',
                 'interlining', 'marker', 'grading', 'bolt', 'warp', 'weft', 'merino', 'cashmere', 'seersucker',
                 'houndstooth', 'bobbin', 'overlock', 'serger', 'lookbook', 'colorway', 'swatch', 'atelier',
                 'pleat', 'yoke', 'cuff', 'taffeta', 'organza', 'denier', 'gabardine', 'muslin', 'tulle',
                 'chiffon', 'poplin', 'corduroy', 'velour', 'bouclé'.replace('é', 'e'), 'tweed', 'lapel']

USERS = ['mreyes', 'plm_sync', 'cutroom', 'asorensen', 'factory_ops', 'wms_bridge', 'kbanerjee', 'rfid_gw',
         'tle_hub', 'svc_techpack', 'lnguyen', 'dkowal', 'edi_van', 'sampleroom', 'ofarouk', 'zhou.w']
HOSTS = ['plm.atelier.example.com', 'erp.mill.internal', '10.20.4.17', 'cutroom-01.factory.internal',
         'edi.wholesale.example.net', 'rfid-gw.dc2.internal', '192.168.40.12', 'db.techpack.example.org',
         'wms.dc-north.internal', 'sftp.supplier.example.com', '172.16.8.30', 'knit-ctl.plant3.internal']


def place(text_with_marker, value):
    """Replace the single U+E000 marker by value and return (text, start, end)."""
    assert text_with_marker.count('\ue000') == 1, text_with_marker
    start = text_with_marker.index('\ue000')
    text = text_with_marker.replace('\ue000', value)
    return text, start, start + len(value)
