"""Build p56: python3 build.py"""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_decoders import DEC
from gen_encodings import ENC
HERE = os.path.dirname(os.path.abspath(__file__))
DENY = denylist.load()
NAMES = set(DENY['names']); LANGW = set(DENY['languages']); WORDS = set(DENY['words'])

def lang_ok(code, name):
    if code in NAMES or code in LANGW or code in WORDS: return False
    return not any(w.lower() in WORDS or w.lower() in LANGW for w in re.findall(r'[A-Za-zāō]+', name))

def generate():
    ev, vd, pw = gen_everyday.build(), gen_vendor.build(), gen_passwords.build()
    pr, langs = gen_prose.build(lang_ok)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos): r['id'] = 'p56-s-%04d' % (i + 1)
    eva = gen_evasions.build()
    for i, r in enumerate(eva): r['id'] = 'p56-e-%04d' % (i + 1)
    neg = gen_negatives.build()
    for i, r in enumerate(neg): r['id'] = 'p56-n-%04d' % (i + 1)
    order = lambda r, ks: {k: r[k] for k in ks if k in r}
    pos = [order(r, ['id', 'type', 'container', 'text', 'secrets', 'source']) for r in pos]
    eva = [order(r, ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']) for r in eva]
    neg = [order(r, ['id', 'class', 'container', 'text', 'source']) for r in neg]
    return pos, eva, neg, langs

def own_names(pos, eva, neg):
    n = set()
    n.update(k for k, _ in gen_everyday.KINDS)
    n.update(t for t, _, _ in gen_vendor.V); n.update(s for s, _ in gen_vendor.STYLES)
    n.update(t for t, _ in gen_passwords.P); n.update(gen_passwords.SUFFIXES)
    n.add(gen_prose.SPAN); n.update(ENC); n.update(w for w, _, _ in gen_evasions.WORDINGS)
    for cls, kinds in gen_negatives.B.items():
        n.update(k for k, _ in kinds)
    n.add('engine_asset_guid_or_manifest_id')
    n.update(s.strip('_').replace('in_', '', 1) for s, _ in gen_negatives.WRAP if s)
    n.update(s.strip('_') for s, _ in gen_negatives.WRAP if s)
    n.update(k for k, _, _ in gen_negatives.doc_values())
    for r in pos + eva + neg:
        n.add(r['container'])
        for p in r['container'].split('__'): n.add(p)
    langs = {r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}
    n -= langs
    n.update(r['container'].split('__')[0] for r in pos if r['source'] == 'prose')
    return n

def check(pos, eva, neg, langs):
    errs = []
    ids = [r['id'] for r in pos + eva + neg]
    if len(ids) != len(set(ids)): errs.append('dup ids')
    for r in pos + eva + neg:
        if not re.fullmatch(r'p56-[sen]-\d{4}', r['id']): errs.append('bad id ' + r['id'])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append('json ' + r['id'])
        t = r['text']
        if '\ue000' in t or '\ue001' in t or '\x00' in t or re.search(r'\{(V\d+|VAR|VAL|[A-Z]|N2|P)\}', t): errs.append('marker ' + r['id'])
    seen = {}
    for r in pos + eva:
        t = r['text']
        if r['type'] != r['secrets'][0]['type']: errs.append('type ' + r['id'])
        for s in r['secrets']:
            v = s['value']
            if t[s['start']:s['end']] != v or v != v.strip() or not v: errs.append('slice ' + r['id'])
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != sum(1 for x in r['secrets'] if x['value'] == v): errs.append('count ' + r['id'])
            key = s.get('plain', v)
            if key in seen and seen[key] != r['id']: errs.append('reuse ' + r['id'])
            seen[key] = r['id']
    for r in eva:
        s = r['secrets'][0]
        if DEC[s['encoding']](r['text'][:s['start']], s['value']) != s['plain']: errs.append('decode ' + r['id'])
        if s['plain'] in r['text']: errs.append('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_-]+', s['plain']): errs.append('plain alpha ' + r['id'])
    if set(ENC) != set(DEC) or len(ENC) != 22: errs.append('enc sets')
    from collections import Counter
    if set(Counter(r['encoding'] for r in eva).values()) != {3}: errs.append('enc counts')
    vals = [s['value'] for r in pos for s in r['secrets']] + [s['plain'] for r in eva for s in r['secrets']]
    texts = [r['text'] for r in neg]
    if len(texts) != len(set(texts)): errs.append('dup negative text')
    for r in neg:
        if 'PRIVATE KEY' in r['text']: errs.append('pk ' + r['id'])
        for v in vals:
            if len(v) >= 6 and v in r['text']: errs.append('neg has secret ' + r['id'])
    docs = [v for _, _, v in gen_negatives.doc_values()]
    for d in docs:
        if not any(d in x for x in texts): errs.append('doc missing')
        if any(d in r['text'] for r in pos + eva): errs.append('doc in positives')
    # deny-list
    for n in own_names(pos, eva, neg):
        for p in [n] + n.split('__'):
            if p and p.lower() in NAMES: errs.append('deny-list overlap: ' + p)
    for code, name in langs:
        if not lang_ok(code, name): errs.append('deny-listed language ' + code)
    src = Counter(r['source'] for r in pos)
    if src['everyday'] != 180 or len({r['container'] for r in pos if r['source'] == 'everyday'}) != 45: errs.append('everyday count')
    if not 100 <= src['vendor'] <= 140 or not 90 <= src['password'] <= 120: errs.append('vendor/password count')
    if src['prose'] != 40 or len(langs) != 40: errs.append('prose count')
    if len(eva) != 66 or len(neg) < 180 or len({r['class'] for r in neg}) != 16: errs.append('eva/neg counts')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    et = {r['type'] for r in pos if r['source'] == 'everyday'}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: errs.append('type uniqueness')
    return errs

def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)

def mutations(pos, eva, neg, langs):
    caught = 0; ms = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] = 'wrongplain'
    def m4(p, e, n): p[3]['text'] += ' ' + p[3]['secrets'][0]['value']
    def m5(p, e, n): n[1]['text'] += e[2]['secrets'][0]['plain']
    def m6(p, e, n): n[2]['text'] = n[3]['text']
    def m7(p, e, n): e[4]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m8(p, e, n): p[9]['secrets'][0]['end'] -= 1
    def m9(p, e, n): p[0]['container'] = 'woodpecker_pipeline_yaml'
    def m10(p, e, n): langs.append(('fi', 'Finnish'))
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        l0 = list(langs)
        m(p, e, n)
        if check(p, e, n, langs): caught += 1
        else: ms.append(m.__name__)
        langs[:] = l0
    if ms: raise SystemExit('mutation not caught: %s' % ms)
    return caught

def main():
    a = generate(); b = generate()
    da = [dump(x) for x in a[:3]]; db = [dump(x) for x in b[:3]]
    if da != db: raise SystemExit('non-deterministic')
    errs = check(*a)
    if errs: raise SystemExit('checks failed:\n' + '\n'.join(sorted(set(errs))[:50]))
    nm = mutations(*a)
    ra = readme.make(*a, NAMES=DENY, nmut=nm); rb = readme.make(*b, NAMES=DENY, nmut=nm)
    if ra != rb: raise SystemExit('README non-deterministic')
    for fn, d in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], da):
        open(os.path.join(HERE, fn), 'w', encoding='utf-8').write(d)
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok', len(a[0]), len(a[1]), len(a[2]), 'mutations caught', nm)

if __name__ == '__main__':
    main()
