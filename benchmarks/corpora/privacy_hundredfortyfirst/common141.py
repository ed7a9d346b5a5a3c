import re, json, os, string, hashlib, base64, zlib
BRIEF = '/tmp/brief141'
def extract_denylist(brief=BRIEF):
    names, langs, words, toks = set(), set(), set(), set()
    for fn in sorted(os.listdir(brief)):
        t = open(os.path.join(brief, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower(); names.add(m)
            for p in m.split('__'):
                if p: names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower(); names.add(m)
            for p in m.split('__'):
                if p: names.add(p)
        for code, nm in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(nm.lower())
            for w in re.findall(r'[a-z]+', nm.lower()): langs.add(w)
        for w in re.findall(r'[A-Za-z]+', t): words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n: toks.add(n)
    hand = {'arabic','cyrillic','greek','latin','devanagari','gurmukhi','ethiopic','perso','maltese','tagalog','welsh','somali','bengali','nepali'}
    langs |= hand
    return {'names': sorted(names), 'langs': sorted(langs), 'words': sorted(words), 'tokens': sorted(toks)}
def load_deny(here):
    p = os.path.join(here, 'brief_names.json')
    frozen = json.load(open(p, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract_denylist() != frozen:
            raise SystemExit('deny-list differs from frozen brief_names.json')
    return frozen
def denied(name, deny):
    n = name.lower(); S = deny['_nameset']
    if n in S: return True
    return any(p in S for p in n.split('__') if p)
# ---- generators
A62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
def rs(r, n, alpha=string.ascii_letters + string.digits): return ''.join(r.choice(alpha) for _ in range(n))
def rhex(r, n): return rs(r, n, '0123456789abcdef')
def rHEX(r, n): return rs(r, n, '0123456789ABCDEF')
def b64(r, nbytes, url=False, pad=True):
    b = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip('=')
def uuid4(r):
    h = list(rhex(r, 32)); h[12] = '4'; h[16] = r.choice('89ab'); h = ''.join(h)
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'
def b62(n, width=6):
    s = ''
    while n: n, d = divmod(n, 62); s = A62[d] + s
    return s.rjust(width, '0')
def crc_token(r, prefix, body):
    x = rs(r, body); return prefix + x + b62(zlib.crc32(x.encode()) & 0xffffffff)
def jwt(r, payload):
    h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    return f'{h}.{p}.{b64(r, 32, True, False)}'
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
FAITH_WORDS = ['steeple','chalice','vestry','narthex','minaret','mihrab','pulpit','hymnal','psalter','rosary','menorah','shofar','sukkah','lectern','tithe','advent','vesper','matins','altar','candle','minbar','chancel','cantor','choir','organ','baptistry','sabbath','shalom','salaam','gurdwara','langar','diya','mandir','pagoda','incense','offering','deacon','elder','usher','parish','diocese','chapel','abbey','cloister','bellrope','kneeler','hosanna','jubilee','pentecost','epiphany','ramadan','iftar','eid','seder','purim','diwali','vesak','lotus','prayer','blessing']
def owner_pw(r, used):
    while True:
        w = r.choice(FAITH_WORDS)
        if r.random() < 0.45: w = w.capitalize()
        v = w + r.choice('-_.') + rs(r, r.randint(3, 6), string.ascii_lowercase + string.digits) + str(r.randint(10, 99))
        if v not in used: used.add(v); return v
