"""Build p124: generate twice, compare, check, then write."""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common124, everyday124, vendor124, positional124, prose124, evasions124, negatives124, dec124, enc124, readme124
OUT = os.path.dirname(os.path.abspath(__file__))
DL = common124.load_denylist()
NAMES, LANGS, WORDS, TOKS = set(DL['names']), set(DL['langs']), set(DL['words']), DL['tokens']
norm = lambda x: re.sub(r'[^a-z0-9]', '', x.lower())

def selection():
    dropped = {'vendor': [], 'password': [], 'language': []}
    vkeep = []
    for t, k, g in vendor124.V:
        if t.split('_')[0].lower() in WORDS or t.lower() in NAMES: dropped['vendor'].append(t)
        else: vkeep.append(t)
    pkeep = set()
    for syn, sig, tpl in positional124.P:
        n = norm(sig)
        if any(n in tok for tok in TOKS) or ('ccpw_' + syn) in NAMES: dropped['password'].append(syn)
        else: pkeep.add(syn)
    langs = []
    for L in prose124.L:
        code, name = L[0], L[1]
        bad = code in NAMES or code in LANGS or any(w.lower() in LANGS or w.lower() in WORDS for w in re.findall(r'[A-Za-z]+', name))
        if bad: dropped['language'].append(name)
        elif len(langs) < 40: langs.append(L)
    return vkeep, pkeep, langs, dropped

def generate():
    vkeep, pkeep, langs, dropped = selection()
    pos = everyday124.gen() + [x for x in vendor124.gen() if x['type'] in vkeep] + positional124.gen(pkeep) + prose124.gen(langs)
    for i, x in enumerate(pos): x['id'] = 'p124-s-%04d' % (i + 1)
    ev = evasions124.gen()
    for i, x in enumerate(ev): x['id'] = 'p124-e-%04d' % (i + 1)
    ng = negatives124.gen()
    for i, x in enumerate(ng): x['id'] = 'p124-n-%04d' % (i + 1)
    order = {'s': ['id', 'type', 'container', 'text', 'secrets', 'source'], 'e': ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source'], 'n': ['id', 'class', 'container', 'text', 'source']}
    ser = lambda recs, o: ''.join(json.dumps({k: r[k] for k in o}, ensure_ascii=False) + '\n' for r in recs)
    return pos, ev, ng, langs, dropped, ser(pos, order['s']), ser(ev, order['e']), ser(ng, order['n'])

def check(pos, ev, ng):
    errs = []
    def deny(name, what):
        for part in [name] + name.split('__'):
            if part.lower() in NAMES: errs.append('deny-list overlap %s: %s' % (what, part))
    vals, plains = [], []
    ids = set()
    for x in pos + ev:
        if x['id'] in ids: errs.append('dup id ' + x['id'])
        ids.add(x['id'])
        if len(x['secrets']) != 1: errs.append('spans ' + x['id'])
        for sp in x['secrets']:
            v = sp['value']
            if x['text'][sp['start']:sp['end']] != v: errs.append('offset ' + x['id'])
            if v != v.strip() or not v: errs.append('edge ws ' + x['id'])
            if x['text'].count(v) != 1: errs.append('not once ' + x['id'])
            if sp['type'] != x['type']: errs.append('type ' + x['id'])
            vals.append((x['id'], v))
            if 'plain' in sp:
                plains.append((x['id'], sp['plain']))
                try:
                    if dec124.decode(sp['encoding'], v) != sp['plain']: errs.append('decode ' + x['id'])
                    rp = x['text'].find(enc124.RULE[sp['encoding']])
                    if rp < 0 or rp > sp['start']: errs.append('rule ' + x['id'])
                except Exception as e: errs.append('decode error %s %r' % (x['id'], e))
                deny(sp['encoding'], 'encoding')
        if 'PRIVATE KEY' in x['text'] or '\x00' in x['text'] or '{V}' in x['text'] or '{p}' in x['text'] or '{K}' in x['text']: errs.append('marker ' + x['id'])
        deny(x['container'], 'container'); deny(x['type'], 'type')
        if x['source'] == 'prose':
            sp = x['secrets'][0]
            if x['text'][sp['start'] - 1] != ' ' or x['text'][sp['end']] != ' ': errs.append('prose spacing ' + x['id'])
            deny(x['container'].split('__')[1], 'language')
    allv = [v for _, v in vals] + [p for _, p in plains]
    if len(set(allv)) != len(allv): errs.append('value reuse')
    texts = [(x['id'], x['text']) for x in pos + ev] + [(x['id'], x['text']) for x in ng]
    big = '\x01'.join(t for _, t in texts)
    for i, v in vals:
        if big.count(v) != 1: errs.append('value elsewhere ' + i)
    for i, p in plains:
        if p in big: errs.append('plain in text ' + i)
    nt = set()
    for x in ng:
        if set(x) != {'id', 'class', 'container', 'text', 'source'}: errs.append('neg fields ' + x['id'])
        if x['text'] in nt: errs.append('dup neg ' + x['id'])
        nt.add(x['text']); deny(x['class'], 'class'); deny(x['container'], 'neg container')
    fam = {}
    for x in pos: fam.setdefault(x['source'], set()).add(x['type'])
    ks = list(fam)
    for a in range(len(ks)):
        for b in range(a + 1, len(ks)):
            if fam[ks[a]] & fam[ks[b]]: errs.append('family overlap')
    for x in pos: 
        if not re.fullmatch(r'p124-s-\d{4}', x['id']): errs.append('id ' + x['id'])
    return errs

def main():
    a = generate(); b = generate()
    if a[5:] != b[5:]: raise SystemExit('nondeterministic')
    pos, ev, ng, langs, dropped = a[:5]
    errs = check(pos, ev, ng)
    if errs: raise SystemExit('CHECKS FAILED:\n' + '\n'.join(errs[:50]))
    # mutation tests
    muts = 0
    m = copy.deepcopy(pos); m[0]['secrets'][0]['start'] += 1; muts += bool(check(m, ev, ng))
    m = copy.deepcopy(ng); m[0]['text'] += pos[5]['secrets'][0]['value']; muts += bool(check(pos, ev, m))
    m = copy.deepcopy(ev); m[0]['secrets'][0]['plain'] += 'x'; muts += bool(check(pos, m, ng))
    m = copy.deepcopy(ng); m[0]['class'] = 'vin_check_digit_numbers'; muts += bool(check(pos, ev, m))
    m = copy.deepcopy(pos); m[1]['text'] += ' ' + m[1]['secrets'][0]['value']; muts += bool(check(m, ev, ng))
    m = copy.deepcopy(ev); m[0]['secrets'][0]['encoding'] = m[0]['encoding'] = 'base32_rfc4648_padded'; muts += bool(check(pos, m, ng))
    if muts != 6: raise SystemExit('mutation tests: only %d of 6 caught' % muts)
    r1 = readme124.render(pos, ev, ng, langs, dropped, len(DL['names']), len(DL['langs']), len(DL['words']), len(DL['tokens']))
    r2 = readme124.render(*generate()[:5], len(DL['names']), len(DL['langs']), len(DL['words']), len(DL['tokens']))
    if r1 != r2: raise SystemExit('README nondeterministic')
    for fn, data in (('secrets.jsonl', a[5]), ('evasions.jsonl', a[6]), ('negatives.jsonl', a[7]), ('README.md', r1)):
        open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(data)
    print('ok', len(pos), len(ev), len(ng), dropped)
if __name__ == '__main__': main()
