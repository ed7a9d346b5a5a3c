"""Shared helpers for corpus p109 (stdlib only, no clock, no network)."""
import base64, json, re, string, uuid, zlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64URL = ALNUM + '-_'
FOOD_WORDS = ['brisket', 'sourdough', 'espresso', 'tandoori', 'ramen', 'gnocchi', 'brioche', 'paprika',
              'chowder', 'risotto', 'falafel', 'tortilla', 'saffron', 'pretzel', 'burrito', 'lasagna',
              'halloumi', 'tiramisu', 'kimchi', 'pancake', 'crouton', 'poblano', 'wasabi', 'dumpling',
              'shawarma', 'focaccia', 'biscotti', 'sriracha', 'meatball', 'porridge', 'cornbread', 'baguette',
              'tempura', 'gumbo', 'pierogi', 'paella', 'churro', 'nacho', 'souvlaki', 'fondue']


def rs(r, n, alphabet=ALNUM):
    return ''.join(r.choice(alphabet) for _ in range(n))


def owner_password(r):
    w = r.choice(FOOD_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, r.randint(4, 7), LOWER_ALNUM) + rs(r, 2, string.digits)


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(r, header, payload):
    h = b64url(json.dumps(header, separators=(',', ':')).encode())
    p = b64url(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64url(bytes(r.getrandbits(8) for _ in range(32)))


def b62(n, width):
    out = ''
    while n:
        n, d = divmod(n, 62)
        out = (string.digits + string.ascii_letters)[d] + out
    return out.rjust(width, '0')


def github_style(r, prefix):
    body = rs(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c


class Slot:
    """Template with one slot {V}; returns (text, start, end)."""
    @staticmethod
    def fill(template, value, **kw):
        kw = dict(kw)
        marker = '\ue000'
        t = template.format(V=marker, **kw)
        assert t.count(marker) == 1, template
        start = t.index(marker)
        text = t.replace(marker, value)
        return text, start, start + len(value)
