"""Shared helpers: random value shapes and span-marked templates."""
import base64, json, string
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; LALNUM = LOW + DIG; UALNUM = UP + DIG
HEXL = '0123456789abcdef'; HEXU = '0123456789ABCDEF'
B64 = ALNUM + '+/'; B64U = ALNUM + '-_'
MARK = '\ue000'

def tok(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))

def uuid4(rng):
    h = tok(rng, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(rng, payload):
    return b64u_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64u_json(payload) + '.' + tok(rng, B64U, 43)

WORDS = ['ember', 'pixel', 'raptor', 'nebula', 'quartz', 'falcon', 'mango', 'cobalt', 'tundra', 'velvet',
         'orbit', 'sprite', 'lumen', 'glacier', 'bishop', 'harbor', 'jigsaw', 'kestrel', 'marble', 'onyx',
         'pepper', 'riddle', 'saffron', 'tango', 'umber', 'walnut', 'zephyr', 'copper', 'lantern', 'meadow']
SAFE_SYM = '!*.-_+~^'

def password(rng):
    """Human-ish password without shell/URL/colon-file metacharacters."""
    k = rng.randrange(4)
    if k == 0:
        return rng.choice(WORDS).capitalize() + rng.choice(SAFE_SYM) + rng.choice(WORDS) + tok(rng, DIG, 3) + rng.choice(SAFE_SYM)
    if k == 1:
        return tok(rng, ALNUM, rng.randrange(16, 25))
    if k == 2:
        return rng.choice(WORDS) + tok(rng, DIG, 2) + rng.choice(UP) + rng.choice(WORDS).upper()[:4] + rng.choice('!*~') + tok(rng, ALNUM, 4)
    return tok(rng, ALNUM, 6) + '-' + tok(rng, ALNUM, 6) + '-' + tok(rng, ALNUM, 6)

def render(template, values, fill=None):
    """template contains {V0}, {V1}.. for spans and other {x} fillers. Returns text, spans."""
    t = template
    if fill:
        for k, v in fill.items():
            t = t.replace('{' + k + '}', v)
    spans = []
    i = 0
    out = ''
    while True:
        j = t.find('{V', i)
        if j < 0:
            out += t[i:]; break
        k = t.index('}', j)
        idx = int(t[j + 2:k])
        out += t[i:j]
        val, typ = values[idx]
        spans.append({'value': val, 'start': len(out), 'end': len(out) + len(val), 'type': typ})
        out += val
        i = k + 1
    return out, spans
