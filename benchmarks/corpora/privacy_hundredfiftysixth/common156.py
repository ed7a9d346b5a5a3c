"""Shared helpers: value registry and shape generators (stdlib only)."""
import base64, hashlib, json, random, string

LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEX = '0123456789abcdef'
WORDS = ['sapphire', 'emerald', 'garnet', 'peridot', 'topaz', 'tourmaline', 'opal', 'amethyst', 'filigree',
         'bezel', 'tourbillon', 'escapement', 'chronograph', 'loupe', 'solitaire', 'cabochon', 'marquise',
         'baguette', 'cartouche', 'hallmark', 'bullion', 'sovereign', 'guilloche', 'perlage', 'mainspring',
         'aquamarine', 'tanzanite', 'morganite', 'citrine', 'onyx', 'lapis', 'carnelian', 'moissanite',
         'platinum', 'rhodium', 'palladium', 'vermeil', 'signet', 'cameo', 'locket', 'brooch', 'pawnbroker',
         'layaway', 'assay', 'caliber', 'crownwheel', 'hairspring', 'lugwidth', 'carat', 'karat']


class Registry:
    """Refuses any value in a substring relation with an earlier one."""
    def __init__(self):
        self.vals = []

    def ok(self, v):
        return all(v not in o and o not in v for o in self.vals)

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.vals.append(v)
                return v
        raise RuntimeError('registry exhausted')


def rs(r, n, alpha=ALNUM):
    return ''.join(r.choice(alpha) for _ in range(n))


def pw(r):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, r.randint(3, 6), LOW + DIG) + rs(r, 2, DIG)


def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip('=')


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def jwt(r, payload):
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
    pl = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    return hdr + '.' + pl + '.' + b64u(r, 32)


BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def age_secret_key(r):
    """AGE-SECRET-KEY-1 + bech32 (32 random bytes, real checksum), upper-cased."""
    data = bytes(r.getrandbits(8) for _ in range(32))
    acc = 0; bits = 0; five = []
    for b in data:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5:
            bits -= 5; five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    hrp = 'age-secret-key-'
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech32_polymod(hx + five + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + '1' + ''.join(BECH[d] for d in five + chk)).upper()


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def ean13(r, prefix=''):
    body = prefix + rs(r, 12 - len(prefix), DIG)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def case_key(words, style):
    if style == 'U':
        return '_'.join(w.upper() for w in words)
    if style == 's':
        return '_'.join(words)
    if style == 'c':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'P':
        return ''.join(w.capitalize() for w in words)
    if style == 'k':
        return '-'.join(words)
    if style == 'd':
        return '.'.join(words)
    return ' '.join(words)
