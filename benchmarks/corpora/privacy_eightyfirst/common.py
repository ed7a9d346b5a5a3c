"""Shared helpers: value generators and record assembly (stdlib only)."""
import base64, json, re, string

SLOT = '\ue000'
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64 = ALNUM + '+/'
B64URL = ALNUM + '-_'
DOC_WORDS = ['sidebar', 'changelog', 'admonition', 'frontmatter', 'snippet', 'quickstart', 'tooltip',
             'breadcrumb', 'glossary', 'callout', 'footnote', 'walkthrough', 'playground', 'codefence',
             'toctree', 'permalink', 'redirect', 'sitemap', 'typedoc', 'docstring', 'webinar', 'keynote',
             'storybook', 'endpoint', 'tabset', 'tutorial', 'heading', 'anchor', 'versioned', 'localized']


def chars(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def owner_pw(rng):
    w = rng.choice(DOC_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice('-_.') + chars(rng, LOWER_ALNUM, rng.randint(4, 7)) + chars(rng, string.digits, 2)


def uuid4(rng):
    h = chars(rng, HEX, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(rng, payload, alg='HS256'):
    head = b64u(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')).encode())
    body = b64u(json.dumps(payload, separators=(',', ':')).encode())
    sig = b64u(bytes(rng.randrange(256) for _ in range(32 if alg == 'HS256' else 256)))
    return head + '.' + body + '.' + sig


TOKEN_RE = re.compile(r'%([ahHdbulAUw])(\d*)')


def spec(rng, s):
    """Expand a shape spec: literal text with %aN alnum, %hN hex, %HN upper hex, %dN digits,
    %bN base64 chars, %uN base64url chars, %lN lower alnum, %AN upper alnum, %U uuid, %w owner pw."""
    out, pos = [], 0
    for m in TOKEN_RE.finditer(s):
        out.append(s[pos:m.start()])
        k, n = m.group(1), int(m.group(2) or 0)
        if k == 'a': out.append(chars(rng, ALNUM, n))
        elif k == 'h': out.append(chars(rng, HEX, n))
        elif k == 'H': out.append(chars(rng, HEX.upper(), n))
        elif k == 'd': out.append(chars(rng, string.digits, n))
        elif k == 'b': out.append(chars(rng, B64, n))
        elif k == 'u': out.append(chars(rng, B64URL, n))
        elif k == 'l': out.append(chars(rng, LOWER_ALNUM, n))
        elif k == 'A': out.append(chars(rng, string.ascii_uppercase + string.digits, n))
        elif k == 'U': out.append(uuid4(rng))
        elif k == 'w': out.append(owner_pw(rng))
        pos = m.end()
    out.append(s[pos:])
    return ''.join(out)


FIRST = ['maya', 'tobias', 'ines', 'kofi', 'ravi', 'lena', 'omar', 'yuki', 'sofia', 'arjun', 'nadia', 'piet']
ORGS = ['acme-docs', 'nimbus-api', 'lumen-sdk', 'orbit-dev', 'quill-labs', 'harbor-io', 'kestrel-app']


def fillers(rng):
    return {
        'user': rng.choice(FIRST), 'org': rng.choice(ORGS),
        'host': rng.choice(['api', 'docs', 'sandbox', 'staging', 'demo']) + '.' + rng.choice(ORGS) + '.example',
        'n': str(rng.randint(2, 98)), 'port': str(rng.choice([3000, 4000, 5173, 8080, 8443, 9000])),
        'ver': '%d.%d.%d' % (rng.randint(0, 6), rng.randint(0, 30), rng.randint(0, 12)),
        'date': '2024-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)),
    }


def place(template, value, **kw):
    """Fill a template whose value slot is {V}; return (text, start, end)."""
    t = template.format(V=SLOT, **kw)
    assert t.count(SLOT) == 1, template
    start = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, start, start + len(value)


def positive(rid, typ, container, text, start, end, source):
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': text[start:end], 'start': start, 'end': end, 'type': typ}],
            'source': source}
