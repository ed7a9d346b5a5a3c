"""Shared helpers for corpus p152 (laundry, dry-cleaning and linen-service world)."""
import base64, hashlib, json, random, re, string, uuid

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEX = '0123456789abcdef'

WORDS = ['lint', 'starch', 'spinner', 'tumble', 'presser', 'hanger', 'softener', 'detergent', 'bleach',
         'ironer', 'folder', 'mangle', 'steamer', 'solvent', 'garment', 'tagger', 'conveyor', 'rinse',
         'agitator', 'lintscreen', 'coinop', 'washfold', 'pleat', 'crease', 'collar', 'cuff', 'duvet',
         'pillowcase', 'towel', 'terry', 'napkin', 'tablecloth', 'bedsheet', 'valet', 'pressing',
         'spotting', 'sizing', 'bluing', 'lintbin', 'dryerdrum', 'sudsy', 'suds', 'wringer', 'clothespin',
         'hamper', 'laundrybag', 'polybag', 'pinning', 'creaseline', 'steamtunnel', 'ticketpin', 'mothball']


def rs(rng, n, alpha=ALNUM):
    return ''.join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s


def b64(rng, nbytes, url=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip('=')


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(rng, payload):
    head = b64url_json({'alg': 'HS256', 'typ': 'JWT'})
    return head + '.' + b64url_json(payload) + '.' + b64(rng, 32, url=True, pad=False)


def password(rng):
    w = rng.choice(WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    sep = rng.choice('-_.+')
    tail = rs(rng, rng.randint(3, 6), LOWER + DIG)
    return w + sep + tail + rs(rng, 2, DIG)


class Values:
    """Global registry so that no value is reused and none is a substring of another."""
    def __init__(self):
        self.seen = []
        self.set = set()

    def ok(self, v):
        if v in self.set:
            return False
        for o in self.seen:
            if v in o or o in v:
                return False
        return True

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.seen.append(v)
                self.set.add(v)
                return v
        raise RuntimeError('could not draw unique value')


def fill(template, value, **kw):
    """Substitute {V} (exactly once) and other slots; return text, start, end."""
    assert template.count('{V}') == 1, template
    pre, post = template.split('{V}')
    for k, v in kw.items():
        pre = pre.replace('{' + k + '}', v)
        post = post.replace('{' + k + '}', v)
    text = pre + value + post
    return text, len(pre), len(pre) + len(value)


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def gs1_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def key_name(words, style):
    if style == 'snake':
        return '_'.join(words)
    if style == 'upper':
        return '_'.join(words).upper()
    if style == 'camel':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'pascal':
        return ''.join(w.capitalize() for w in words)
    if style == 'kebab':
        return '-'.join(words)
    if style == 'dot':
        return '.'.join(words)
    if style == 'space':
        return ' '.join(words)
    raise ValueError(style)
