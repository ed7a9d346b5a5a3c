"""Build corpus p160. Python 3 stdlib only; fixed seeds; no clock or network.
Usage: python3 build.py [outdir]"""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common160, everyday160, vendor160, positional160, prose160, evasions160, negatives160, dec160, readme160
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief160'
HAND_LANG = ['zulu', 'nepali', 'papiamento', 'low german', 'low', 'german', 'latin', 'nato', 'caesar', 'rot13']
def extract_denylist(texts):
    names, words, lang = set(), set(), set()
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split('__'):
                if p: names.add(p)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t.lower()):
            names.add(m)
            for p in m.split('__'):
                if p: names.add(p)
        words.update(w for w in re.split(r'[^a-z0-9]+', t.lower()) if w)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            lang.add(code); lang.add(name.lower()); lang.update(name.lower().split())
    lang.update(HAND_LANG)
    return {'names': sorted(names), 'words': sorted(words), 'lang': sorted(lang)}
def load_deny():
    fp = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(fp):
            if json.load(open(fp, encoding='utf-8')) != d:
                raise SystemExit('frozen deny-list differs from /tmp/brief160')
        else:
            json.dump(d, open(fp, 'w', encoding='utf-8'), indent=0)
    return json.load(open(fp, encoding='utf-8'))
def generate(deny):
    reg = common160.Reg()
    words = set(deny['words']); lang = set(deny['lang'])
    ev = everyday160.build(reg)
    ve, vdrop, vtail = vendor160.build(reg, words)
    pw = positional160.build(reg)
    pr, pdrop = prose160.build(reg, lang, words)
    es = evasions160.build(reg)
    bad = list(reg.vals) + [sp['plain'] for e in es for sp in e['secrets']]
    ng = negatives160.build(bad)
    langs = [p.pop('_lang') for p in pr]
    pos = ev + ve + pw + pr
    for i, rec in enumerate(pos): rec['id'] = f'p160-s-{i+1:04d}'
    for i, rec in enumerate(es): rec['id'] = f'p160-e-{i+1:04d}'
    for i, rec in enumerate(ng): rec['id'] = f'p160-n-{i+1:04d}'
    order = ['id', 'type', 'container', 'text', 'secrets', 'source']
    pos = [{k: r[k] for k in order} for r in pos]
    es = [{k: r[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']} for r in es]
    ng = [{k: r[k] for k in ['id', 'class', 'container', 'text', 'source']} for r in ng]
    meta = {'vdrop': vdrop, 'vtail': vtail, 'pdrop': pdrop, 'langs': langs}
    return pos, es, ng, meta
def dump(rs): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rs).encode('utf-8')
MARKERS = ['«', '»', '{WHAT}', '{RULE}', '{RUN}', '{T}', '\0', 'PRIVATE KEY']
def check(pos, es, ng, deny):
    names = set(deny['names']); lang = set(deny['lang']); words = set(deny['words'])
    errs = []
    ids = [r['id'] for r in pos + es + ng]
    if len(ids) != len(set(ids)): errs.append('duplicate id')
    allv = []
    for r in pos + es:
        keys = ['id', 'type', 'container', 'text', 'secrets', 'source'] + (['encoding'] if r['source'] == 'evasion' else [])
        if set(r) != set(keys): errs.append(('fields', r['id']))
        if len(r['secrets']) != 1: errs.append(('spans', r['id']))
        for sp in r['secrets']:
            sk = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if r['source'] == 'evasion' else set())
            if set(sp) != sk: errs.append(('spanfields', r['id']))
            v = sp['value']
            if r['text'][sp['start']:sp['end']] != v: errs.append(('offset', r['id']))
            if v != v.strip(): errs.append(('edge ws', r['id']))
            if r['text'].count(v) != 1: errs.append(('count', r['id']))
            if sp['type'] != r['type']: errs.append(('type', r['id']))
            allv.append((v, r['id']))
            if r['source'] == 'evasion':
                if dec160.decode(sp['encoding'], v) != sp['plain']: errs.append(('decode', r['id']))
                if sp['encoding'] != r['encoding']: errs.append(('enc', r['id']))
                if not re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']): errs.append(('plain alpha', r['id']))
                if sp['plain'] in v: errs.append(('plain in run', r['id']))
                if not r['text'][:sp['start']].endswith(':\n'): errs.append(('rule before run', r['id']))
                allv.append((sp['plain'], r['id']))
            if r['source'] == 'prose':
                t = r['text']
                if not ((sp['start'] == 0 or t[sp['start'] - 1] == ' ') and (sp['end'] == len(t) or t[sp['end']] == ' ')): errs.append(('prose spacing', r['id']))
        for m in MARKERS:
            if m in r['text']: errs.append(('marker', r['id'], m))
    seen = {}
    for v, i in allv:
        if v in seen and seen[v] != i: errs.append(('reused', v))
        seen[v] = i
    for v, i in allv:
        for r in pos + es:
            if r['id'] != i and v in r['text']: errs.append(('in other record', i, r['id']))
        for n in ng:
            if v in n['text']: errs.append(('in negative', i, n['id']))
    for n in ng:
        if set(n) != {'id', 'class', 'container', 'text', 'source'}: errs.append(('negfields', n['id']))
        for m in MARKERS:
            if m in n['text']: errs.append(('marker', n['id'], m))
    if len({n['text'] for n in ng}) != len(ng): errs.append('dup negative text')
    def bad(name):
        n = name.lower()
        return n in names or any(p in names for p in n.split('__') if p) or n in lang
    labels = set()
    for r in pos + es:
        labels.update([r['container'], r['type']])
        if r['source'] == 'evasion': labels.add(r['encoding'])
    for n in ng: labels.update([n['class'], n['container']])
    labels.update(s for s, _, _ in vendor160.STYLES); labels.update(positional160.SUFFIX); labels.update(prose160.FORMATS)
    labels.update(w for w, _ in evasions160.WORDINGS); labels.update(w.strip('_') for w, _ in negatives160.WRAP if w)
    for l in sorted(labels):
        if bad(l): errs.append(('deny-list', l))
    old = {re.sub(r'^(bbpw|rcpw|lnpw|genpw)_', '', n) for n in names}
    for r in pos:
        if r['source'] == 'password' and r['type'][5:] in old: errs.append(('earlier syntax', r['type']))
    srcs = {}
    for r in pos + es: srcs.setdefault(r['source'], set()).add(r['type'])
    ks = list(srcs)
    for a in range(len(ks)):
        for b in range(a + 1, len(ks)):
            if srcs[ks[a]] & srcs[ks[b]]: errs.append(('type overlap', ks[a], ks[b]))
    ne = [r['container'] for r in pos if r['source'] != 'everyday'] + [r['container'] for r in es]
    if len(ne) != len(set(ne)): errs.append('non-everyday container dup')
    cnt = lambda s: sum(1 for r in pos if r['source'] == s)
    if cnt('everyday') != 180 or cnt('vendor') != 120 or not 95 <= cnt('password') <= 120 or cnt('prose') != 40: errs.append(('counts', cnt('everyday'), cnt('vendor'), cnt('password'), cnt('prose')))
    if len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40: errs.append('prose langs')
    if len(es) != 66 or len({r['encoding'] for r in es}) != 22: errs.append('evasion counts')
    if len({n['class'] for n in ng}) != 16 or len(ng) < 180: errs.append('negative counts')
    return errs
def mutations(pos, es, ng, deny):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['id'] = p[0]['id']
    def m3(p, e, n): n[0]['text'] += p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] = 'x' + e[0]['secrets'][0]['plain']
    def m5(p, e, n): p[3]['container'] = deny['names'][len(deny['names']) // 2]
    def m6(p, e, n): n[2]['class'] = 'hla_typing_result_strings'
    def m7(p, e, n): p[4]['type'] = 'something_else'
    def m8(p, e, n): p[6]['text'] += p[6]['secrets'][0]['value']
    def m9(p, e, n): e.pop()
    def m10(p, e, n):
        r = [x for x in p if x['source'] == 'prose'][0]; sp = r['secrets'][0]
        r['text'] = r['text'][:sp['start'] - 1] + 'x' + r['text'][sp['start']:]
    caught = []
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(es), copy.deepcopy(ng)
        m(p, e, n)
        caught.append(bool(check(p, e, n, deny)))
    if not all(caught): raise SystemExit(f'mutation not caught: {caught}')
    return len(caught)
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    deny = load_deny()
    g1 = generate(deny); g2 = generate(deny)
    b1 = [dump(x) for x in g1[:3]]; b2 = [dump(x) for x in g2[:3]]
    if b1 != b2: raise SystemExit('non-deterministic')
    pos, es, ng, meta = g1
    errs = check(pos, es, ng, deny)
    if errs: raise SystemExit('checks failed: ' + repr(errs[:30]))
    nm = mutations(pos, es, ng, deny)
    rd1 = readme160.render(pos, es, ng, meta, deny, nm); rd2 = readme160.render(*g2, deny, nm)
    if rd1 != rd2: raise SystemExit('README non-deterministic')
    os.makedirs(out, exist_ok=True)
    for name, b in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], b1):
        open(os.path.join(out, name), 'wb').write(b)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(rd1)
    print('ok', len(pos), len(es), len(ng), 'vendor dropped', meta['vdrop'], 'prose dropped', meta['pdrop'])
if __name__ == '__main__':
    main()
