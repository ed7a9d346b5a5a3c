"""Shared helpers for p125: deny-list extraction, value generators."""
import base64, json, os, re, string, uuid, zlib

BRIEF_DIR = '/tmp/brief125'
HERE = os.path.dirname(os.path.abspath(__file__))
LANG_HAND = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'devanagari', 'thai', 'lao', 'tamil',
             'gurmukhi', 'bengali', 'assamese', 'odia', 'ethiopic', 'gujarati', 'kannada', 'malayalam',
             'myanmar', 'thaana', 'tibetan', 'english', 'esperanto', 'cantonese', 'asturian', 'frisian',
             'friulian', 'romansh', 'czech', 'slovak', 'occitan']


def extract_denylist(texts):
    names, words, tokens, langs = set(), set(), set(), set(LANG_HAND)
    for t in texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower(); names.add(m)
            for p in m.split('__'):
                names.add(p)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            for w in re.findall(r'[A-Za-z]+', name):
                langs.add(w.lower())
        for w in re.findall(r'[A-Za-z][A-Za-z0-9]*', t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n:
                tokens.add(n)
    names.discard('')
    return {'names': sorted(names), 'words': sorted(words), 'tokens': sorted(tokens), 'langs': sorted(langs)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8')) if os.path.exists(path) else None
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith('.md')]
        fresh = extract_denylist(texts)
        if frozen is None:
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(fresh, f, ensure_ascii=False, indent=0)
            frozen = fresh
        elif frozen != fresh:
            raise SystemExit('deny-list differs from frozen brief_names.json')
    if frozen is None:
        raise SystemExit('no deny-list')
    return frozen


ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
VET_WORDS = ['kennel', 'canine', 'feline', 'bovine', 'equine', 'porcine', 'ovine', 'stethoscope', 'whelping',
             'farrier', 'udder', 'hoofpick', 'mastitis', 'heartworm', 'fetlock', 'withers', 'pastern',
             'calving', 'lambing', 'muzzle', 'tabby', 'collie', 'beagle', 'siamese', 'dewclaw', 'furball',
             'catnip', 'paddock', 'heifer', 'gelding', 'piglet', 'ferret', 'budgie', 'tortoise', 'spaniel',
             'terrier', 'leash', 'kibble', 'vaccine', 'suture', 'scalpel', 'otoscope', 'bandage', 'ultrasound',
             'radiograph', 'incubator', 'hoofcare', 'dewormer', 'flearoll', 'whisker', 'parakeet', 'hamster']


class Gen:
    def __init__(self, rng, used):
        self.r = rng
        self.used = used  # global set of values

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used and all(v not in u and u not in v for u in ()):
                self.used.add(v)
                return v
        raise RuntimeError('cannot make unique value')

    def s(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        v = self.s(HEX, n)
        return v.upper() if upper else v

    def b64(self, nbytes, url=False, pad=True):
        b = bytes(self.r.randrange(256) for _ in range(nbytes))
        v = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
        return v if pad else v.rstrip('=')

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def password(self):
        w = self.r.choice(VET_WORDS)
        if self.r.random() < 0.45:
            w = w.capitalize()
        return w + self.r.choice('-_.') + self.s(LOWER_ALNUM, self.r.randint(3, 6)) + self.s(string.digits, 2)

    def jwt(self, claims):
        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
        sig = self.b64(32, url=True, pad=False)
        return enc({'alg': 'HS256', 'typ': 'JWT'}) + '.' + enc(claims) + '.' + sig

    def github(self, prefix):
        body = self.s(B62, 30)
        c = zlib.crc32(body.encode()) & 0xffffffff
        out = ''
        while c:
            c, rem = divmod(c, 62)
            out = B62[rem] + out
        return prefix + body + out.rjust(6, '0')

    def bech32_age(self):
        data = bytes(self.r.randrange(256) for _ in range(32))
        return bech32_encode('age-secret-key-', data).upper()


CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5:
            bits -= 5; out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(CHARSET[d] for d in out + chk)


def bech32_verify(s):
    s = s.lower(); hrp, data = s.rsplit('1', 1)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    return _polymod(hv + [CHARSET.index(c) for c in data]) == 1
