"""Shared helpers for corpus p157 (notary / title / closing world)."""
import random, string, base64, json, hashlib, uuid

LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEX = '0123456789abcdef'; B64 = UP + LOW + DIG + '+/'
B64URL = UP + LOW + DIG + '-_'

WORDS = ['escrow', 'deed', 'lien', 'grantor', 'grantee', 'easement', 'parcel', 'closing',
         'notary', 'affidavit', 'jurat', 'recorder', 'abstract', 'payoff', 'survey', 'plat',
         'covenant', 'quitclaim', 'mortgage', 'settlement', 'underwriter', 'endorsement',
         'encumbrance', 'probate', 'acreage', 'homestead', 'conveyance', 'appraisal',
         'disbursal', 'earnest', 'titleplant', 'subdivision', 'leasehold', 'fixture',
         'stamp', 'seal', 'witness', 'docket', 'ledger', 'chainlink', 'boundary', 'lot']


class Registry:
    """Hands out values; refuses any in a substring relation with an earlier one."""
    def __init__(self):
        self.vals = []
    def ok(self, v):
        for u in self.vals:
            if v in u or u in v:
                return False
        return True
    def add(self, v):
        if not self.ok(v):
            return False
        self.vals.append(v); return True
    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError('registry exhausted')


def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def password(r, seps='-_.+'):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice(seps) + rs(r, LOW + DIG, r.randint(3, 6)) + rs(r, DIG, 2)


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64(r, n, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip('=')


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(r, iss, sub):
    h = b64u_json({'alg': 'HS256', 'typ': 'JWT'})
    p = b64u_json({'iss': iss, 'sub': sub, 'iat': 1700000000 + r.randint(0, 9 ** 7), 'jti': uuid4(r)})
    return h + '.' + p + '.' + b64(r, 32, url=True, pad=False)


BASE62 = DIG + UP + LOW


def base62(n, width):
    out = ''
    while n:
        n, d = divmod(n, 62); out = BASE62[d] + out
    return out.rjust(width, '0')


# bech32 (BIP-173) checksum, used for age secret keys
B32C = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data5):
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hx + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(B32C[d] for d in data5 + chk)


def bits8to5(bs):
    acc = 0; bits = 0; out = []
    for b in bs:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5:
            bits -= 5; out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def place(tmpl, value, **kw):
    """Fill {V} with value (exactly once) plus other named slots; return text, start."""
    for k, v in kw.items():
        tmpl = tmpl.replace('{' + k + '}', v)
    i = tmpl.index('{V}')
    text = tmpl[:i] + value + tmpl[i + 3:]
    return text, i


def key_style(words, style):
    if style == 'snake': return '_'.join(words)
    if style == 'upper': return '_'.join(words).upper()
    if style == 'camel': return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'pascal': return ''.join(w.capitalize() for w in words)
    if style == 'kebab': return '-'.join(words)
    if style == 'dot': return '.'.join(words)
    if style == 'spaced': return ' '.join(words)
    raise ValueError(style)


def rec(type_, container, text, value, start, source):
    assert text[start:start + len(value)] == value
    return {'type': type_, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': start, 'end': start + len(value), 'type': type_}],
            'source': source}
