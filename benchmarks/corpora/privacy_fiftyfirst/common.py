"""Shared helpers: value generators and span-marked record assembly."""
import random, string, base64, json

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64URL = ALNUM + '-_'
B64 = ALNUM + '+/'
MARK = '\ue000'


class Pool:
    """One uniqueness pool for every labelled value and evasion plain."""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(100):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError('pool exhausted')


def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(r, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + rs(r, B64URL, 43)


WORDS = ['Mango', 'Kopi', 'Batik', 'Sari', 'Lotus', 'Baobab', 'Kiwi', 'Tembo', 'Simba', 'Rosa', 'Pandan',
         'Kedai', 'Warung', 'Duka', 'Sokoni', 'Bazaar', 'Coral', 'Reef', 'Taro', 'Jasmine', 'Nyota', 'Jua',
         'Ubuntu', 'Kente', 'Masala', 'Chai', 'Sakura', 'Hibiscus', 'Papaya', 'Vanilla', 'Cocoa', 'Lagoon']


def human_pw(r):
    """Password shaped like what a shop owner picks."""
    k = r.randrange(4)
    w1, w2 = r.sample(WORDS, 2)
    d = str(r.randrange(10, 9999))
    s = r.choice('!@#$%&*?.')
    if k == 0:
        return w1 + w2.lower() + d + s
    if k == 1:
        return w1 + s + d + w2
    if k == 2:
        return w1.lower() + '_' + w2.lower() + d + s.replace('.', '!')
    return rs(r, ALNUM, 4) + w1 + d + s + rs(r, string.ascii_lowercase, 2)


def assemble(template, values):
    """Replace each MARK in template by the next value; return text and span offsets."""
    parts = template.split(MARK)
    assert len(parts) == len(values) + 1, (template, values)
    text, spans = parts[0], []
    for v, p in zip(values, parts[1:]):
        spans.append((len(text), len(text) + len(v[0]), v[0], v[1]))
        text += v[0] + p
    return text, [{'value': v, 'start': s, 'end': e, 'type': t} for s, e, v, t in spans]


def positive(container, template, values, source, **extra):
    text, secrets = assemble(template, values)
    rec = {'id': None, 'type': secrets[0]['type'], 'container': container, 'text': text,
           'secrets': secrets, 'source': source}
    rec.update(extra)
    return rec
