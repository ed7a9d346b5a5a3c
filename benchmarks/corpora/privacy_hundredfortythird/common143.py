"""Shared helpers for p143: deny-list extraction, value generators, record builders."""
import re, json, zlib, base64, hashlib, os

BRIEF_DIR = '/tmp/brief143'
HERE = os.path.dirname(os.path.abspath(__file__))

def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split('__'):
                    if p:
                        names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
            for p in m.lower().split('__'):
                if p:
                    names.add(p)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            names.add(code.lower()); names.add(name.lower())
    return sorted(names)

def extract_words(texts):
    w = set()
    for t in texts:
        for m in re.findall(r'[A-Za-z\u00C0-\u024F]+', t):
            w.add(m.lower())
    return sorted(w)

def load_brief():
    fn = os.path.join(HERE, 'brief_names.json'); fw = os.path.join(HERE, 'brief_words.json')
    deny = json.load(open(fn)); words = json.load(open(fw))
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith('.md')]
        if extract_denylist(texts) != deny or extract_words(texts) != words:
            raise SystemExit('frozen deny-list differs from /tmp/brief143 READMEs')
    return set(deny), set(words)

LOW = 'abcdefghijklmnopqrstuvwxyz'; UP = LOW.upper(); DIG = '0123456789'
HEX = DIG + 'abcdef'; AN = DIG + UP + LOW; B64 = UP + LOW + DIG + '+/'

def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def hexs(r, n): return rs(r, HEX, n)
def an(r, n): return rs(r, AN, n)
def lan(r, n): return rs(r, DIG + LOW, n)

def b64bytes(r, n, url=False, pad=True):
    b = bytes(r.randrange(256) for _ in range(n))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip('=')

def uuid4(r):
    h = list(hexs(r, 32)); h[12] = '4'; h[16] = r.choice('89ab'); h = ''.join(h)
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

def b62(n, width):
    s = ''
    while n:
        n, d = divmod(n, 62); s = AN[d] + s
    return s.rjust(width, '0')

def crc_token(r, prefix, body_len):
    body = an(r, body_len)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':'), sort_keys=True).encode()).decode().rstrip('=')

def jwt(r, claims):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(claims) + '.' + b64bytes(r, 32, url=True, pad=False)

BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; chk = 1
    for v in values:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk
def bech32(hrp, data5):
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hx + data5 + [0] * 6) ^ 1
    return hrp + '1' + ''.join(BECH[d] for d in data5 + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])
def age_key(r):
    b = bytes(r.randrange(256) for _ in range(32)); bits = ''.join(f'{x:08b}' for x in b); bits += '0' * (-len(bits) % 5)
    return bech32('age-secret-key-', [int(bits[i:i+5], 2) for i in range(0, len(bits), 5)]).upper()

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

COURT_WORDS = ['gavel', 'docket', 'subpoena', 'affidavit', 'verdict', 'bailiff', 'chambers', 'plaintiff', 'writ', 'voirdire',
               'habeas', 'certiorari', 'recusal', 'sidebar', 'deposition', 'exhibit', 'indictment', 'arraign', 'probate',
               'venire', 'remand', 'estoppel', 'injunction', 'mandamus', 'summons', 'mistrial', 'acquittal', 'bench',
               'stenograph', 'jurybox', 'allocution', 'bailbond', 'continuance', 'forfeiture', 'garnish', 'replevin',
               'sequester', 'tipstaff', 'praecipe', 'demurrer']

def owner_pw(r, seps='-_.~+'):
    w = r.choice(COURT_WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice(seps) + lan(r, r.randint(3, 6)) + rs(r, DIG, 2)

class Reg:
    """Registry of labelled values: refuses duplicates and substring relations."""
    def __init__(self): self.vals = []
    def ok(self, v):
        for o in self.vals:
            if v in o or o in v: return False
        return True
    def take(self, gen):
        for _ in range(200):
            v = gen()
            if self.ok(v):
                self.vals.append(v); return v
        raise RuntimeError('could not draw unique value')

def place(text_tpl, value):
    assert text_tpl.count('{V}') == 1, text_tpl
    i = text_tpl.index('{V}')
    t = text_tpl.replace('{V}', value)
    return t, i, i + len(value)

def pos_rec(rid, typ, container, tpl, value, source):
    t, s, e = place(tpl, value)
    return {'id': rid, 'type': typ, 'container': container, 'text': t,
            'secrets': [{'value': value, 'start': s, 'end': e, 'type': typ}], 'source': source}
