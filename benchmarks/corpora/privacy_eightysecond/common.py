"""Shared helpers: value generators, slot filling."""
import base64, json, re, string
AN = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
UC = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = AN + '+/'
B64U = AN + '-_'
SLOT = '\ue000'
WORDS = ['hydrate', 'tailwind', 'webpack', 'vitest', 'rollup', 'esbuild', 'turbopack', 'prerender',
         'suspense', 'treeshake', 'preact', 'svelte', 'pinia', 'zustand', 'flexbox', 'viewport',
         'lighthouse', 'storybook', 'polyfill', 'minify', 'chunkhash', 'islands', 'edgefn', 'swrcache']


def rs(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))


def owner_pw(rng):
    return rng.choice(WORDS) + rng.choice('-_.') + rs(rng, LC, rng.randint(4, 7)) + rs(rng, '0123456789', 2)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(rng, payload, alg='HS256'):
    return b64u_json({'alg': alg, 'typ': 'JWT'}) + '.' + b64u_json(payload) + '.' + rs(rng, B64U, 43)


ALPHA = {'an': AN, 'lc': LC, 'uc': UC, 'hex': HEX, 'HEX': HEX.upper(), 'b64': B64, 'b64u': B64U,
         'dig': '0123456789', 'low': string.ascii_lowercase, 'b32': 'abcdefghijklmnopqrstuvwxyz234567'}


def spec(rng, s):
    """Expand {an24} {hex32} {uuid} {pw} {b64:43} style placeholders."""
    def rep(m):
        k = m.group(1)
        if k == 'uuid':
            return uuid4(rng)
        if k == 'pw':
            return owner_pw(rng)
        mm = re.fullmatch(r'(an|lc|uc|hex|HEX|b64u|b64|dig|low|b32)(\d+)', k)
        return rs(rng, ALPHA[mm.group(1)], int(mm.group(2)))
    return re.sub(r'\{([A-Za-z0-9]+)\}', rep, s)


def fill(template, value, **kw):
    """Fill a template; {V} marks the secret slot. Returns (text, start, end)."""
    t = template.replace('{V}', SLOT)
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    assert t.count(SLOT) == 1, template
    i = t.index(SLOT)
    return t.replace(SLOT, value), i, i + len(value)


def key_name(typ, style):
    parts = typ.split('_')
    if style == 'env':
        return typ.upper()
    if style == 'camel':
        return parts[0] + ''.join(p.capitalize() for p in parts[1:])
    if style == 'kebab':
        return '-'.join(parts)
    return typ
