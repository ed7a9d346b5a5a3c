"""Shared generators for p150 (optical retail / optometry / eyewear). stdlib only."""
import base64, json, string, uuid

HEX = '0123456789abcdef'
ALNUM = string.ascii_letters + string.digits
LOWER_D = string.ascii_lowercase + string.digits
UPPER_D = string.ascii_uppercase + string.digits

WORDS = ['lensometer', 'phoropter', 'bifocal', 'trifocal', 'progressive', 'astigmat', 'retina',
         'cornea', 'pupil', 'sclera', 'monocle', 'aviator', 'tortoise', 'titanium', 'acetate',
         'nosepad', 'diopter', 'refractor', 'tonometer', 'keratometer', 'fundus', 'macula',
         'snellen', 'lorgnette', 'spectacle', 'polarized', 'photochromic', 'antiglare', 'toric',
         'multifocal', 'lenticular', 'bevel', 'pincenez', 'browline', 'catseye', 'rimless',
         'hydrogel', 'optician', 'oculus', 'vitreous', 'choroid', 'lacrimal', 'perimeter',
         'slitlamp', 'trialframe', 'wayfarer', 'halfeye', 'cylinder']


class G:
    def __init__(self, rng, used):
        self.r = rng
        self.used = used  # shared list of all labelled values so far

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s(HEX.upper(), n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode().rstrip('=')

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def password(self, word_list=WORDS):
        w = self.r.choice(word_list)
        if self.r.random() < 0.45:
            w = w.capitalize()
        return w + self.r.choice('-_.') + self.s(LOWER_D, self.r.randint(3, 6)) + self.s(string.digits, 2)

    def jwt(self, payload):
        h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
        return h + '.' + p + '.' + self.b64url(32)

    def fresh(self, fn):
        """Draw until the value is new and free of substring relations with earlier values."""
        for _ in range(200):
            v = fn()
            if all(v not in u and u not in v for u in self.used):
                self.used.append(v)
                return v
        raise RuntimeError('could not draw a fresh value')


def fill(template, value, **kw):
    """Place value at {V}; other {X} slots via kw. Returns text, start, end."""
    t = template
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    i = t.index('{V}')
    text = t[:i] + value + t[i + 3:]
    assert '{V}' not in text
    return text, i, i + len(value)


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
    if style == 'dotted':
        return '.'.join(words)
    if style == 'spaced':
        return ' '.join(words)
    raise ValueError(style)
