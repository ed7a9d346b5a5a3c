import re, json, random, string, base64, hashlib, uuid, os
HERE = os.path.dirname(os.path.abspath(__file__))
SLOT = '\ue000'
LANG_WORDS = ['latin','cyrillic','greek','arabic','script','persian','urdu','thai','lao','ethiopic','devanagari','gurmukhi','tamil','odia','bengali','assamese','perso', 'catalan', 'afrikaans', 'xhosa', 'esperanto', 'cat', 'afr', 'xho', 'epo', 'malagasy', 'tajik', 'tgk']

def extract_denylist(paths):
    names, words, toks, langs = set(), set(), set(), set(LANG_WORDS)
    for p in paths:
        t = open(p, encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.lower())
            for part in m.split('__'):
                names.add(part.lower())
        for m in re.findall(r'[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+', t):
            names.add(m.lower())
            for part in m.split('__'):
                if part: names.add(part.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n: toks.add(n)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r'[A-Za-z]+', name): langs.add(w.lower())
    return {'names': sorted(names), 'words': sorted(words), 'tokens': sorted(toks), 'langs': sorted(langs)}

def load_deny():
    f = os.path.join(HERE, 'brief_names.json')
    d = json.load(open(f, encoding='utf-8'))
    src = '/tmp/brief136'
    if os.path.isdir(src):
        fresh = extract_denylist(sorted(os.path.join(src, x) for x in os.listdir(src) if x.endswith('.md')))
        if fresh != d:
            raise SystemExit('deny-list changed against frozen brief_names.json')
    return d

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = '0123456789abcdef'

def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')

def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def jwt(r, payload):
    h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64u(bytes(r.getrandbits(8) for _ in range(32)))

def crc_b62(s):
    import zlib
    n = zlib.crc32(s.encode()) & 0xffffffff
    out = ''
    while n:
        n, d = divmod(n, 62); out = B62[d] + out
    return out.rjust(6, '0')

def gh_token(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + crc_b62(body)

WOODWORDS = ['spruce', 'larch', 'hemlock', 'cedar', 'stumpage', 'edger', 'kerf', 'debarker', 'skidder', 'forwarder',
             'feller', 'cordwood', 'veneer', 'sapwood', 'heartwood', 'chipper', 'millpond', 'sawyer', 'headrig', 'bandsaw',
             'gangsaw', 'trimsaw', 'planer', 'stacker', 'sawlog', 'pulpwood', 'cruiser', 'thinning', 'landing', 'tamarack',
             'birch', 'aspen', 'redwood', 'lodgepole', 'ponderosa', 'burl', 'canthook', 'peavey', 'slabwood', 'lumberjack',
             'cambium', 'conifer', 'boardfoot', 'grapple', 'choker', 'yarder']
SEPS = ['-', '_', '.', '+']

def owner_pw(r):
    w = r.choice(WOODWORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice(SEPS) + rs(r, string.ascii_lowercase + string.digits, r.randint(3, 6)) + rs(r, string.digits, 2)

def fill(tpl, value, **kw):
    """tpl uses @@V@@ for the value slot, @@X@@ for keyword substitutions."""
    for k, v in kw.items():
        tpl = tpl.replace('@@' + k + '@@', v)
    assert tpl.count('@@V@@') == 1, tpl
    i = tpl.index('@@V@@')
    text = tpl[:i] + value + tpl[i + 5:]
    return text, i, i + len(value)

def rec(rid, typ, container, text, start, end, source):
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': text[start:end], 'start': start, 'end': end, 'type': typ}], 'source': source}
