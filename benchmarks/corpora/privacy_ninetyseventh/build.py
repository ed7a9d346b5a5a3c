"""Build corpus p97 (real-time / WebRTC developers). python3 build.py  [--freeze]"""
import copy, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common97, gen_everyday97 as GE, gen_vendor97 as GV, gen_passwords97 as GP, gen_prose97 as GR
import gen_evasions97 as GX, gen_negatives97 as GN, enc97, dec97, readme97

BRIEF = '/tmp/brief97'
FROZEN = os.path.join(HERE, 'brief_names.json')

def load_deny():
    cur = None
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        cur = common97.extract_denylist(texts)
    if '--freeze' in sys.argv:
        json.dump({'names': cur[0], 'languages': cur[1]}, open(FROZEN, 'w'), indent=0, ensure_ascii=False)
    d = json.load(open(FROZEN, encoding='utf-8'))
    if cur is not None and (d['names'], d['languages']) != (cur[0], cur[1]):
        raise SystemExit('frozen deny-list differs from the READMEs')
    return set(d['names']), set(d['languages'])

def pick_languages(names, langs):
    ok, excluded = [], []
    for c3, c1, en, s in GR.L:
        words = [w.lower() for w in re.findall(r'[A-Za-z]+', en)]
        if c3 in names or c3 in langs or c1 in names or c1 in langs or any(w in langs for w in words):
            excluded.append(c3)
        else:
            ok.append((c3, c1, en, s))
    return ok[:40], excluded, [x[0] for x in ok[40:]]

def generate(names, langs):
    used = set()
    langs_used, excl, spare = pick_languages(names, langs)
    pos = GE.generate(used) + GV.generate(used) + GP.generate(used) + GR.generate(used, langs_used)
    ev = GX.generate(used)
    neg = GN.generate(used)
    def rec(prefix, i, d, keys):
        o = {'id': '%s-%04d' % (prefix, i + 1)}
        for k in keys:
            o[k] = d[k]
        return o
    pos = [rec('p97-s', i, d, ['type', 'container', 'text', 'secrets', 'source']) for i, d in enumerate(pos)]
    ev = [rec('p97-e', i, d, ['type', 'container', 'encoding', 'text', 'secrets', 'source']) for i, d in enumerate(ev)]
    neg = [rec('p97-n', i, d, ['class', 'container', 'text', 'source']) for i, d in enumerate(neg)]
    return {'pos': pos, 'ev': ev, 'neg': neg, 'langs': langs_used, 'excluded': excl, 'spare': spare}

def own_names():
    return {
        'everyday container kind': [c[0] for c in GE.C], 'everyday span type': [t[0] for t in GE.TYPES],
        'vendor type': [v[0] for v in GV.V], 'vendor style': [s[0] for s in GV.STYLES],
        'password syntax': [s[0] for s in GP.S], 'password suffix': list(GP.SUF.values()),
        'prose format': [f[0] for f in GR.FORMATS], 'prose span type': [GR.PTYPE],
        'encoding': list(enc97.ENC), 'evasion wording': [w[0] for w in GX.WORDINGS],
        'negative class': sorted({b[0] for b in GN.BASE} | {GN.PCLASS}),
        'negative base kind': [b[1] for b in GN.BASE] + [p[0] for p in GN.PUBLISHED],
        'negative wrapper': [w[0].strip('_') for w in GN.WRAP if w[0]],
    }

def dump(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)

def count(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n

def check(g, names, langs):
    pos, ev, neg = g['pos'], g['ev'], g['neg']
    errs = []
    E = errs.append
    idre = {'pos': r'p97-s-\d{4}', 'ev': r'p97-e-\d{4}', 'neg': r'p97-n-\d{4}'}
    for part in ('pos', 'ev', 'neg'):
        ids = [r['id'] for r in g[part]]
        if len(set(ids)) != len(ids): E('dup ids ' + part)
        for r in g[part]:
            if not re.fullmatch(idre[part], r['id']): E('bad id ' + r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: E('json ' + r['id'])
            if '\ue000' in r['text'] or '\x00' in r['text']: E('marker ' + r['id'])
            if 'PRIVATE KEY' in r['text']: E('armour ' + r['id'])
    allvals, plains = {}, {}
    for r in pos + ev:
        if r['type'] != r['secrets'][0]['type']: E('type ' + r['id'])
        vs = {}
        for s in r['secrets']:
            v = s['value']
            if r['text'][s['start']:s['end']] != v: E('offset ' + r['id'])
            if v != v.strip() or not v: E('edge ws ' + r['id'])
            vs[v] = vs.get(v, 0) + 1
        for v, n in vs.items():
            if count(r['text'], v) != n: E('occurrences ' + r['id'])
            if v in allvals: E('value reused ' + r['id'])
            allvals[v] = r['id']
        if r['source'] == 'evasion':
            s = r['secrets'][0]
            if s['encoding'] != r['encoding']: E('enc field ' + r['id'])
            try:
                if dec97.decode(r['encoding'], s['value']) != s['plain']: E('decode ' + r['id'])
            except Exception:
                E('decode exc ' + r['id'])
            if enc97.RULE[r['encoding']] not in r['text'][:s['start']]: E('rule ' + r['id'])
            if s['plain'] in r['text']: E('plain verbatim ' + r['id'])
            if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + r['id'])
            if s['plain'] in plains or s['plain'] in allvals: E('plain reused ' + r['id'])
            plains[s['plain']] = r['id']
    texts = [(r['id'], r['text']) for r in pos + ev + neg]
    long_vals = [(v, i) for v, i in allvals.items() if len(v) >= 6] + list(plains.items())
    for v, owner in long_vals:
        for rid, t in texts:
            if rid != owner and v in t: E('leak %s of %s in %s' % (v[:12], owner, rid))
    ntexts = [r['text'] for r in neg]
    if len(set(ntexts)) != len(ntexts): E('dup negative')
    for r in neg:
        if set(r) != {'id', 'class', 'container', 'text', 'source'}: E('neg fields ' + r['id'])
    # deny-list
    on = own_names()
    for cat, lst in on.items():
        if len(set(lst)) != len(lst): E('dup own names ' + cat)
        for n in lst:
            for part in [n] + n.split('__'):
                if part.lower() in names: E('deny-listed %s: %s' % (cat, part))
    for r in pos + ev + neg:
        for part in [r['container']] + r['container'].split('__'):
            if part.lower() in names: E('deny-listed container %s in %s' % (part, r['id']))
        if r.get('type', '').lower() in names: E('deny-listed type ' + r['id'])
    for c3, c1, en, _ in g['langs']:
        if c3 in names or c3 in langs or c1 in names or c1 in langs or any(w.lower() in langs for w in re.findall(r'[A-Za-z]+', en)):
            E('deny-listed language ' + c3)
    if len({l[0] for l in g['langs']}) != 40: E('languages != 40')
    ed = [t[0] for t in GE.TYPES]; vt = [v[0] for v in GV.V]; pt = [s[0] for s in GP.S]
    if set(ed) & set(vt) or set(ed) & set(pt) or set(vt) & set(pt) or GR.PTYPE in set(ed + vt + pt): E('type overlap')
    src = {}
    for r in pos: src[r['source']] = src.get(r['source'], 0) + 1
    if src.get('everyday') != 180 or not 100 <= src.get('vendor', 0) <= 140 or not 85 <= src.get('password', 0) <= 125 or src.get('prose') != 40: E('counts %s' % src)
    if len(ev) != 66 or {r['encoding'] for r in ev} != set(enc97.ENC) or len(enc97.ENC) != 22: E('evasion counts')
    if len(neg) < 180 or len({r['class'] for r in neg}) != 16: E('negative counts')
    return errs

def mutations(g, names, langs):
    def m1(x): x['pos'][0]['secrets'][0]['start'] += 1
    def m2(x): x['neg'][0]['text'] += x['pos'][5]['secrets'][0]['value']
    def m3(x): x['ev'][0]['secrets'][0]['plain'] += 'x'
    def m4(x): x['pos'][1]['text'] += ' ' + x['pos'][1]['secrets'][0]['value']
    def m5(x): x['neg'][1]['text'] = x['neg'][0]['text']
    def m6(x): x['neg'][2]['text'] += '-----BEGIN PRIVATE KEY-----'
    def m7(x): x['neg'][3]['container'] = 'base58_bitcoin_alphabet'
    def m8(x): x['pos'][2]['id'] = 'p94-s-0003'
    def m9(x): x['pos'][3]['container'] = 'bolt_js_app_constructor'
    def m10(x): x['pos'][4]['text'] += x['ev'][0]['secrets'][0]['plain']
    def m11(x):
        r = x['ev'][1]; rule = enc97.RULE[r['encoding']]; k = r['text'].index(rule)
        r['text'] = r['text'].replace(rule, 'X' * len(rule))
    def m12(x): x['langs'] = x['langs'][:39] + [('isl', 'is', 'Icelandic', '')]
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
    for m in ms:
        x = copy.deepcopy(g); m(x)
        if not check(x, names, langs):
            raise SystemExit('mutation not caught: ' + m.__name__)
    return len(ms)

def main():
    names, langs = load_deny()
    a, b = generate(names, langs), generate(names, langs)
    errs = check(a, names, langs)
    if errs:
        print('\n'.join(errs[:40])); raise SystemExit('%d check failures' % len(errs))
    nm = mutations(a, names, langs)
    outs = {}
    for g in (a, b):
        files = {'secrets.jsonl': dump(g['pos']), 'evasions.jsonl': dump(g['ev']), 'negatives.jsonl': dump(g['neg'])}
        files['README.md'] = readme97.render(g, own_names(), len(names), len(langs), nm)
        outs.setdefault('x', []).append(files)
    if outs['x'][0] != outs['x'][1]:
        raise SystemExit('non-deterministic output')
    for fn, content in outs['x'][0].items():
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            f.write(content)
    print('ok: secrets %d, evasions %d, negatives %d, mutations %d' % (len(a['pos']), len(a['ev']), len(a['neg']), nm))

if __name__ == '__main__':
    main()
