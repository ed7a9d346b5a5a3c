import base64, json, string, zlib

DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
B62 = DIG + UPP + LOW
HEXL = '0123456789abcdef'
B64 = UPP + LOW + DIG + '+/'
B64U = UPP + LOW + DIG + '-_'
MARK = '\x01'


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def hexl(r, n): return rs(r, HEXL, n)
def hexu(r, n): return rs(r, HEXL.upper(), n)
def b62(r, n): return rs(r, B62, n)
def b64(r, n): return rs(r, B64, n)
def b64u(r, n): return rs(r, B64U, n)
def lowal(r, n): return rs(r, LOW + DIG, n)
def upal(r, n): return rs(r, UPP + DIG, n)
def digits(r, n): return r.choice('123456789') + rs(r, DIG, n - 1)


def uuid4(r):
    h = hexl(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def base62_crc(s):
    n = zlib.crc32(s.encode()) & 0xffffffff
    out = ''
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(6, '0')


def gh_token(r, prefix):
    body = b62(r, 30)
    return prefix + body + base62_crc(body)


def gh_checksum_ok(tok):
    body = tok[4:34]
    return len(tok) == 40 and base62_crc(body) == tok[34:]


def password(r, n=None):
    n = n or r.randint(12, 18)
    al = LOW + UPP + DIG + '._-'
    while True:
        p = r.choice(LOW + UPP + DIG) + rs(r, al, n - 2) + r.choice(LOW + UPP + DIG)
        if any(c.islower() for c in p) and any(c.isupper() for c in p) and any(c.isdigit() for c in p) \
                and '..' not in p and '--' not in p:
            return p


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(r, payload, alg='HS256'):
    return b64url_json({'alg': alg, 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + b64u(r, 43)


def place(template, fragment, offset_in_fragment, value, **fields):
    """template holds MARK once; returns (text, start)."""
    t = template
    for k, v in fields.items():
        t = t.replace('{' + k + '}', v)
    assert t.count(MARK) == 1, template
    i = t.index(MARK)
    text = t.replace(MARK, fragment)
    start = i + offset_in_fragment
    assert text[start:start + len(value)] == value
    return text, start
