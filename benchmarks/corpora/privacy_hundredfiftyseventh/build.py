"""Build corpus p157. Python 3 stdlib only; fixed seeds; no clock, no network.
python3 build.py [outdir]"""
import sys, os, re, json, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen157, everyday157, vendor157, positional157, prose157, evasions157, negatives157, dec157, enc157, readme157

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief157'
N_VENDOR, N_PW, N_PROSE = 120, 105, 40
LANG_HAND = ['npi', 'nepali', 'zul', 'zulu', 'pap', 'papiamento', 'nds', 'low german', 'german', 'epo', 'esperanto',
             'hat', 'haitian creole', 'tir', 'tigrinya', 'ilo', 'ilocano', 'sco', 'scots', 'sna', 'shona',
             'arb', 'arabic', 'english', 'eng']


def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split('__'):
                if p: names.add(p)
        for s in re.findall(r'\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b', t):
            s = s.lower(); names.add(s)
            for p in s.split('__'):
                if p: names.add(p)
        for w in re.findall(r'[A-Za-z0-9]+', t.replace('_', ' ')):
            words.add(w.lower())
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r'[^\W\d_]+', name.lower()):
                langs.add(w)
    for h in LANG_HAND:
        langs.add(h)
        for w in h.split(): langs.add(w)
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8')) if os.path.exists(path) else None
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        fresh = extract_denylist(texts)
        if frozen is None:
            json.dump(fresh, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
            frozen = fresh
        if fresh != frozen:
            raise SystemExit('deny-list differs from frozen brief_names.json')
    if frozen is None:
        raise SystemExit('no deny-list')
    return frozen


def select(deny):
    names, words, langs = set(deny['names']), set(deny['words']), set(deny['langs'])
    dropped_v, keep_v = [], []
    for t, fn in vendor157.VENDORS:
        brand = t.split('_')[0]
        if brand in words or brand in names:
            dropped_v.append(t)
        else:
            keep_v.append((t, fn))
    unused_v = [t for t, _ in keep_v[N_VENDOR:]]
    keep_v = keep_v[:N_VENDOR]
    dropped_l, keep_l = [], []
    for code, name, sent in prose157.L:
        nw = [w for w in re.findall(r'[^\W\d_]+', name.lower())]
        bad = code in langs or code in words or code in names or name.lower() in langs or any(w in langs or w in words for w in nw)
        (dropped_l if bad else keep_l).append((code, name, sent))
    spare_l = [c for c, _, _ in keep_l[N_PROSE:]]
    keep_l = keep_l[:N_PROSE]
    return keep_v, dropped_v, unused_v, keep_l, dropped_l, spare_l


def generate(deny):
    keep_v, dropped_v, unused_v, keep_l, dropped_l, spare_l = select(deny)
    reg = gen157.Registry()
    every = everyday157.generate(reg)
    vend = vendor157.generate(reg, keep_v)
    pw = positional157.generate(reg, N_PW)
    prose = prose157.generate(reg, keep_l)
    ev = evasions157.generate(reg)
    neg = negatives157.generate()
    pos = every + vend + pw + prose
    for i, r in enumerate(pos):
        r['id'] = 'p157-s-%04d' % (i + 1)
    for i, r in enumerate(ev):
        r['id'] = 'p157-e-%04d' % (i + 1)
    for i, r in enumerate(neg):
        r['id'] = 'p157-n-%04d' % (i + 1)
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'text', 'encoding', 'secrets', 'source']
    order_n = ['id', 'class', 'container', 'text', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in order_n} for r in neg]
    meta = dict(dropped_v=dropped_v, unused_v=unused_v, dropped_l=dropped_l, spare_l=spare_l, keep_l=keep_l,
                keep_v=[t for t, _ in keep_v])
    return pos, ev, neg, meta


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')


def parts(name):
    n = name.lower()
    return [n] + [p for p in n.split('__') if p]


def check(pos, ev, neg, deny, meta):
    errs = []
    names = set(deny['names']); langs = set(deny['langs']); words = set(deny['words'])
    stripped = {re.sub(r'^(lnpw|genpw)_', '', n) for n in names}
    ids = [r['id'] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): errs.append('duplicate ids')
    allvals, plains = [], []
    for r in pos + ev:
        want = ['id', 'type', 'container', 'text', 'secrets', 'source'] + (['encoding'] if r['source'] == 'evasion' else [])
        if sorted(r) != sorted(want): errs.append('fields ' + r['id'])
        if len(r['secrets']) != 1: errs.append('spans ' + r['id'])
        for s in r['secrets']:
            sk = ['value', 'start', 'end', 'type'] + (['plain', 'encoding'] if r['source'] == 'evasion' else [])
            if sorted(s) != sorted(sk): errs.append('span fields ' + r['id'])
            if r['text'][s['start']:s['end']] != s['value']: errs.append('offset ' + r['id'])
            if s['value'] != s['value'].strip(): errs.append('edge ws ' + r['id'])
            if s['type'] != r['type']: errs.append('type ' + r['id'])
            if r['text'].count(s['value']) != 1: errs.append('count ' + r['id'])
            allvals.append(s['value'])
            if r['source'] == 'evasion':
                plains.append(s['plain'])
                if dec157.decode(s['encoding'], s['value']) != s['plain']: errs.append('decode ' + r['id'])
                if s['encoding'] != r['encoding']: errs.append('enc mismatch ' + r['id'])
                if s['plain'] in s['value']: errs.append('plain in run ' + r['id'])
                if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): errs.append('plain alphabet ' + r['id'])
                rule = enc157.RULES[r['encoding']]
                ri = r['text'].find(rule)
                if ri < 0 or ri > s['start'] or r['text'][s['start'] - 2:s['start']] != ':\n': errs.append('rule ' + r['id'])
            if r['source'] == 'prose':
                t = r['text']
                if not (t[s['start'] - 1] == ' ' and t[s['end']] == ' '): errs.append('prose spacing ' + r['id'])
        for m in ['{V}', '{K}', '{U}', '{H}', '{N}', '{RULE}', '{RUN}', '{WHAT}', '{UB}', '\0', 'PRIVATE KEY']:
            if m in r['text']: errs.append('marker %r %s' % (m, r['id']))
    if len(allvals) != len(set(allvals)): errs.append('value reused')
    if len(plains) != len(set(plains)): errs.append('plain reused')
    texts = [(r['id'], r['text']) for r in pos + ev]
    for v in allvals:
        n = sum(1 for _, t in texts if v in t)
        if n != 1: errs.append('value in other record: ' + v[:20])
    for p in plains:
        if any(p in t for _, t in texts): errs.append('plain in text ' + p[:20])
    for r in neg:
        if sorted(r) != ['class', 'container', 'id', 'source', 'text']: errs.append('neg fields ' + r['id'])
        for v in allvals + plains:
            if v in r['text']: errs.append('value in negative ' + r['id'])
        for m in ['{T}', '{N}']:
            if m in r['text']: errs.append('neg marker ' + r['id'])
    if len({r['text'] for r in neg}) != len(neg): errs.append('dup negative texts')
    if len({r['class'] for r in neg}) != 16 or len(neg) < 180: errs.append('negative counts')
    # deny-list
    check_names = []
    for r in pos + ev:
        check_names += [r['container'], r['type']]
    for r in ev: check_names.append(r['encoding'])
    for r in neg: check_names += [r['class'], r['container']]
    check_names += [s for s, _, _ in vendor157.STYLES] + positional157.SUFFIXES + prose157.FORMATS
    check_names += [w for w, _ in evasions157.WORDINGS] + [w.strip('_') for w, _ in negatives157.WRAPS if w]
    check_names += list(enc157.E)
    for n in check_names:
        for p in parts(n):
            if p in names: errs.append('deny-listed name: %s (%s)' % (n, p))
    for syn, _, _ in positional157.S[:N_PW]:
        if syn in stripped: errs.append('syntax seen before: ' + syn)
    for code, name, _ in meta['keep_l']:
        if code in langs or name.lower() in langs: errs.append('language ' + code)
    for t in meta['keep_v']:
        if t.split('_')[0] in words: errs.append('brand ' + t)
    # sources disjoint, counts
    by = {}
    for r in pos + ev: by.setdefault(r['source'], set()).add(r['type'])
    ks = list(by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if by[ks[i]] & by[ks[j]]: errs.append('types shared %s %s' % (ks[i], ks[j]))
    cnt = {}
    for r in pos: cnt[r['source']] = cnt.get(r['source'], 0) + 1
    if cnt.get('everyday') != 180 or cnt.get('vendor') != N_VENDOR or cnt.get('password') != N_PW or cnt.get('prose') != N_PROSE:
        errs.append('counts %r' % cnt)
    if len({r['container'] for r in pos if r['source'] == 'prose'}) != N_PROSE: errs.append('prose langs')
    if len(ev) != 66 or len({r['encoding'] for r in ev}) != 22: errs.append('evasion counts')
    nonevery = [r['container'] for r in pos if r['source'] != 'everyday'] + [r['container'] for r in ev]
    if len(nonevery) != len(set(nonevery)): errs.append('container reuse')
    return errs


def mutations(pos, ev, neg, deny, meta):
    def m1(p, e, n): p[3]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += p[10]['secrets'][0]['value']
    def m3(p, e, n): e[2]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n): p[0]['container'] = deny['names'][0]
    def m5(p, e, n): p[5]['text'] += ' ' + e[1]['secrets'][0]['plain']
    def m6(p, e, n): n[3]['class'] = deny['names'][1]
    def m7(p, e, n): p[7]['type'] = 'other_type'
    def m8(p, e, n): n[4]['id'] = p[0]['id']
    def m9(p, e, n): p[200]['text'] += '{V}'
    def m10(p, e, n): p[300]['text'] = p[300]['text'] + p[301]['secrets'][0]['value']
    caught = []
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, deny, meta):
            raise SystemExit('mutation not caught: ' + m.__name__)
        caught.append(m.__name__)
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_denylist()
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y): raise SystemExit('non-deterministic')
    pos, ev, neg, meta = a
    errs = check(pos, ev, neg, deny, meta)
    if errs:
        print('\n'.join(errs[:60])); raise SystemExit('%d check errors' % len(errs))
    caught = mutations(pos, ev, neg, deny, meta)
    r1 = readme157.render(pos, ev, neg, meta, deny, caught)
    r2 = readme157.render(b[0], b[1], b[2], b[3], deny, caught)
    if r1 != r2: raise SystemExit('README differs')
    os.makedirs(out, exist_ok=True)
    for name, recs in [('secrets.jsonl', pos), ('evasions.jsonl', ev), ('negatives.jsonl', neg)]:
        open(os.path.join(out, name), 'wb').write(dumps(recs))
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(pos), len(ev), len(neg), 'mutations', len(caught))


if __name__ == '__main__':
    main()
