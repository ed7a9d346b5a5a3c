#!/usr/bin/env python3
"""Build corpus p153 (zoo, aquarium, wildlife-conservation). Python 3 stdlib only, fixed seeds."""
import base64, copy, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen153 as G, everyday153 as E, vendor153 as VD, positional153 as P, prose153 as PR
import enc153, dec153, negatives153 as N

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief153'
DENY_FILE = os.path.join(HERE, 'brief_names.json')
HAND_LANGS = ['uyghur', 'sorani', 'dhivehi', 'nepali', 'assamese', 'bashkir', 'tosk', 'npi']

def extract_denylist():
    names, words, langs = set(), set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        t = open(os.path.join(BRIEF, fn), encoding='utf-8').read()
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower(); names.add(b); names.update(x for x in b.split('__') if x)
        for sn in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            sn = sn.lower(); names.add(sn); names.update(x for x in sn.split('__') if x)
        words.update(w.lower() for w in re.findall(r'[A-Za-z\u00c0-\u024f]+', t))
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower()); langs.update(w.lower() for w in re.findall(r'\w+', name))
    langs.update(HAND_LANGS)
    return {'names': sorted(names), 'words': sorted(words), 'languages': sorted(langs)}

def load_deny():
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(DENY_FILE):
            if json.load(open(DENY_FILE, encoding='utf-8')) != d:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            json.dump(d, open(DENY_FILE, 'w', encoding='utf-8'), indent=0, ensure_ascii=False)
        return d
    return json.load(open(DENY_FILE, encoding='utf-8'))

def lang_ok(code, name, D):
    L, W, NM = set(D['languages']), set(D['words']), set(D['names'])
    if code in L or code in W or code in NM: return False
    nm = name.lower()
    if nm in L or nm in W: return False
    return not any(w in L or w in W for w in re.findall(r'\w+', nm))

def brand_ok(t, D):
    b = t.split('_')[0]
    return b not in set(D['words']) and b not in set(D['names'])

# ---------------------------------------------------------------- generation
def generate(D):
    reg = G.Reg(); pos = []; drops = {}
    def rec(src, typ, container, text, a, b):
        pos.append({'type': typ, 'container': container, 'text': text,
                    'secrets': [{'value': text[a:b], 'start': a, 'end': b, 'type': typ}], 'source': src})
    # everyday
    r = random.Random(15301)
    _, plan = E.build()
    for kind, case, tpl, t, fn in plan:
        v = reg.take(lambda: G.pw(r) if fn == 'pw' else fn(r))
        k = G.keyname(E.KEYWORDS[t], case)
        text, a, b = G.fill(tpl, v, K=k)
        rec('everyday', t, kind, text, a, b)
    # vendor
    r = random.Random(15302)
    kept = [x for x in VD.V if brand_ok(x[0], D)]
    drops['vendor'] = [x[0] for x in VD.V if not brand_ok(x[0], D)]
    drops['vendor_tail'] = [x[0] for x in kept[120:]]
    for i, (t, fn) in enumerate(kept[:120]):
        style, case, tpl = VD.STYLES[i % len(VD.STYLES)]
        v = reg.take(lambda: fn(r))
        text, a, b = G.fill(tpl, v, K=G.keyname(t.split('_'), case))
        rec('vendor', t, t + '__' + style, text, a, b)
    # positional passwords
    r = random.Random(15303)
    for i, (syn, tpl, mode) in enumerate(P.S):
        def mk():
            p = G.pw(r)
            if mode == 'b64basic': return base64.b64encode(('svc-lsc:' + p).encode()).decode()
            if mode == 'b64plain': return base64.b64encode(('\0tickets\0' + p).encode()).decode()
            return p
        v = reg.take(mk)
        text, a, b = G.fill(tpl, v)
        t = 'zoopw_' + syn
        rec('password', t, t + '__' + P.SUFFIXES[i % 4], text, a, b)
    # prose
    r = random.Random(15304)
    langs = [x for x in PR.L if lang_ok(x[0], x[1], D)]
    drops['languages'] = [x[0] for x in PR.L if not lang_ok(x[0], x[1], D)]
    drops['lang_spares'] = [x[0] for x in langs[40:]]
    used_langs = langs[:40]
    for i, (code, name, tpl) in enumerate(used_langs):
        v = reg.take(lambda: G.pw(r))
        text, a, b = G.fill(tpl, v)
        rec('prose', PR.TYPE, PR.FORMATS[i % 4] + '__' + code, text, a, b)
    # evasions
    r = random.Random(15305); ev = []
    ETYPES = [('zoo_evasion_lsc_panel_password', lambda: G.pw(r), 'aquarist_riddle_note', 'the shark-tunnel panel password'),
              ('zoo_evasion_ticketing_api_token', lambda: 'tkt_' + G.s(r, 24), 'keeper_breakroom_puzzle', 'the ticketing API token'),
              ('zoo_evasion_collar_hex_key', lambda: G.hx(r, 32), 'volunteer_quiz_card', 'the collar decryption key')]
    REMARK = ['Decode it yourself, it is not written anywhere else.', 'Burn after reading.', 'Ask me if the rule is unclear.']
    for enc in enc153.NAMES:
        for j, (t, fn, wording, what) in enumerate(ETYPES):
            while True:
                p = reg.take(fn); run = enc153.encode(enc, p)
                if p not in run: break
            head = {'aquarist_riddle_note': 'Note taped inside the filter room:', 'keeper_breakroom_puzzle': 'Breakroom puzzle of the week!',
                    'volunteer_quiz_card': 'Volunteer quiz card, back side.'}[wording]
            text = f"{head} {what[0].upper() + what[1:]} is written {enc153.RULES[enc]}:\n"
            a = len(text); text += run; b = len(text); text += '\n' + REMARK[j]
            ev.append({'type': t, 'container': wording + '__' + enc, 'text': text, 'encoding': enc,
                       'secrets': [{'value': run, 'start': a, 'end': b, 'type': t, 'plain': p, 'encoding': enc}], 'source': 'evasion'})
    # negatives
    r = random.Random(15306); neg = []
    allvals = [x['secrets'][0]['value'] for x in pos] + [x['secrets'][0]['plain'] for x in ev]
    seen = set()
    for cls, bases in N.C:
        for base, fn in bases:
            for w in [None] + N.WRAPPERS:
                while True:
                    t = fn(r)
                    if w: t = N.WRAP_TPL[w].replace('{n}', str(r.randint(100, 9999))).replace('{t}', t)
                    if t not in seen and not any(v in t for v in allvals): break
                seen.add(t)
                neg.append({'class': cls, 'container': base if w is None else base + '__' + w, 'text': t, 'source': 'negative'})
    for i, x in enumerate(pos): x['id'] = 'p153-s-%04d' % (i + 1)
    for i, x in enumerate(ev): x['id'] = 'p153-e-%04d' % (i + 1)
    for i, x in enumerate(neg): x['id'] = 'p153-n-%04d' % (i + 1)
    order = lambda d, keys: {k: d[k] for k in keys}
    pos = [order(x, ['id', 'type', 'container', 'text', 'secrets', 'source']) for x in pos]
    ev = [order(x, ['id', 'type', 'container', 'text', 'encoding', 'secrets', 'source']) for x in ev]
    neg = [order(x, ['id', 'class', 'container', 'text', 'source']) for x in neg]
    return pos, ev, neg, drops, used_langs

def dumps(rows): return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows)

# ---------------------------------------------------------------- checks
def check(pos, ev, neg, D):
    errs = []
    NM = set(D['names'])
    def bad(name):
        n = name.lower()
        return n in NM or any(p in NM for p in n.split('__') if p)
    ids = [x['id'] for x in pos + ev + neg]
    if len(ids) != len(set(ids)): errs.append('dup id')
    for x in pos + ev:
        if set(x) != ({'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if x['source'] == 'evasion' else set())):
            errs.append('fields ' + x['id'])
        if len(x['secrets']) != 1: errs.append('spans ' + x['id'])
        for sp in x['secrets']:
            if x['text'][sp['start']:sp['end']] != sp['value']: errs.append('offset ' + x['id'])
            if sp['value'] != sp['value'].strip(): errs.append('ws ' + x['id'])
            if sp['type'] != x['type']: errs.append('type ' + x['id'])
            if x['text'].count(sp['value']) != 1: errs.append('once ' + x['id'])
        if '{V}' in x['text'] or '\0' in x['text'] or 'PRIVATE KEY' in x['text']: errs.append('marker ' + x['id'])
        for nm in [x['container'], x['type']] + ([x['encoding']] if 'encoding' in x else []):
            if bad(nm): errs.append('deny ' + nm)
    vals = [x['secrets'][0]['value'] for x in pos + ev]
    if len(vals) != len(set(vals)): errs.append('value reused')
    plains = [x['secrets'][0]['plain'] for x in ev]
    if len(plains) != len(set(plains)): errs.append('plain reused')
    alltexts = [(x['id'], x['text']) for x in pos + ev + neg]
    for x in pos + ev:
        v = x['secrets'][0]['value']
        for i, t in alltexts:
            if i != x['id'] and v in t: errs.append(f'value of {x["id"]} in {i}')
    for p in plains:
        for i, t in alltexts:
            if p in t: errs.append('plain in ' + i)
    for x in pos:
        if x['source'] == 'prose':
            sp = x['secrets'][0]; t = x['text']
            if t[sp['start'] - 1] != ' ' or t[sp['end']] != ' ': errs.append('prose spacing ' + x['id'])
    for x in ev:
        sp = x['secrets'][0]
        if sp['encoding'] != x['encoding']: errs.append('enc mismatch ' + x['id'])
        try:
            okd = dec153.decode(x['encoding'], sp['value']) == sp['plain']
        except Exception:
            okd = False
        if not okd: errs.append('decode ' + x['id'])
        if x['text'][sp['start'] - 2:sp['start']] != ':\n': errs.append('rule position ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']): errs.append('plain alphabet ' + x['id'])
        if sp['plain'] in sp['value']: errs.append('plain in run ' + x['id'])
    for x in neg:
        if set(x) != {'id', 'class', 'container', 'text', 'source'}: errs.append('neg fields ' + x['id'])
        for nm in (x['class'], x['container']):
            if bad(nm): errs.append('deny ' + nm)
    if len({x['text'] for x in neg}) != len(neg): errs.append('neg dup text')
    if len({x['class'] for x in neg}) != 16 or len(neg) < 180: errs.append('neg counts')
    for nm in [s[0] for s in VD.STYLES] + P.SUFFIXES + PR.FORMATS + N.WRAPPERS + enc153.NAMES:
        if bad(nm): errs.append('deny part ' + nm)
    src = {}
    for x in pos: src.setdefault(x['source'], set()).add(x['type'])
    ks = list(src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if src[ks[i]] & src[ks[j]]: errs.append('span types shared')
    cnt = {k: sum(1 for x in pos if x['source'] == k) for k in src}
    if cnt.get('everyday') != 180 or cnt.get('vendor') != 120 or not 95 <= cnt.get('password', 0) <= 120 or cnt.get('prose') != 40 or len(ev) != 66:
        errs.append('counts %r' % cnt)
    ne = [x['container'] for x in pos if x['source'] != 'everyday']
    if len(ne) != len(set(ne)): errs.append('container reuse')
    for x in pos:
        if x['source'] == 'vendor' and not brand_ok(x['type'], D): errs.append('brand ' + x['type'])
        if x['source'] == 'prose':
            code = x['container'].split('__')[1]
            name = dict((c, n) for c, n, _ in PR.L)[code]
            if not lang_ok(code, name, D): errs.append('lang ' + code)
    return errs

def mutations(pos, ev, neg, D):
    tests = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['id'] = p[0]['id']
    def m3(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] = 'wrong' + e[0]['secrets'][0]['plain']
    def m5(p, e, n): p[0]['container'] = D['names'][0]
    def m6(p, e, n): n[0]['class'] = D['names'][1]
    def m7(p, e, n): p[2]['type'] = 'x_other'
    def m8(p, e, n): del p[-1]
    def m9(p, e, n): e[1]['encoding'] = e[1]['secrets'][0]['encoding'] = 'reversed_order'
    def m10(p, e, n): p[3]['text'] += ' ' + e[2]['secrets'][0]['plain']
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(p, e, n)
        if not check(p, e, n, D): raise SystemExit('mutation not caught: ' + f.__name__)
        tests.append(f.__name__)
    return tests

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    D = load_deny()
    g1 = generate(D); g2 = generate(D)
    b1 = [dumps(x) for x in g1[:3]]; b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2: raise SystemExit('non-deterministic')
    pos, ev, neg, drops, langs = g1
    errs = check(pos, ev, neg, D)
    if errs: raise SystemExit('CHECK FAILED:\n' + '\n'.join(errs[:40]))
    muts = mutations(pos, ev, neg, D)
    import readme153
    r1 = readme153.render(pos, ev, neg, drops, langs, D, muts); r2 = readme153.render(*g2[:5], D, muts)
    if r1 != r2: raise SystemExit('README non-deterministic')
    os.makedirs(out, exist_ok=True)
    for fn, b in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], b1):
        open(os.path.join(out, fn), 'w', encoding='utf-8').write(b)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(pos), len(ev), len(neg), drops)

if __name__ == '__main__':
    main()
