#!/usr/bin/env python3
"""Build p143 (court, e-filing and jury-management developers). Stdlib only, fixed seeds, no clock, no network."""
import sys, os, json, re, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common143 import *
import everyday143, vendor143, positional143, prose143, evasions143, negatives143, readme143
from dec143 import decode

def generate():
    deny, words = load_brief()
    reg = Reg()
    ev = everyday143.build(reg=reg)
    vd, vdrop, vcut, styles = vendor143.build(reg=reg, vendor_words=words, deny=deny)
    pw, pdrop = positional143.build(reg=reg, deny=deny)
    pr, ldrop, lspare = prose143.build(reg=reg, deny=deny, words=words)
    langs = [x.pop('_lang') for x in pr]
    evs = evasions143.build(reg=reg)
    neg = negatives143.build()
    pos = ev + vd + pw + pr
    for i, x in enumerate(pos): x['id'] = f'p143-s-{i + 1:04d}'
    rules = {}
    for i, x in enumerate(evs):
        x['id'] = f'p143-e-{i + 1:04d}'; rules[x['id']] = x.pop('_rule')
    for i, x in enumerate(neg): x['id'] = f'p143-n-{i + 1:04d}'
    meta = dict(deny=deny, words=words, vdrop=vdrop, vcut=vcut, styles=styles, pdrop=pdrop, ldrop=ldrop, lspare=lspare,
                langs=langs, rules=rules)
    return pos, evs, neg, meta

def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)

def check(pos, evs, neg, meta):
    deny = meta['deny']; errs = []
    def E(m): errs.append(m)
    PF = ['id', 'type', 'container', 'text', 'secrets', 'source']
    allvals = []
    for x in pos:
        if list(x) != PF: E(f'fields {x["id"]}')
        if not re.fullmatch(r'p143-s-\d{4}', x['id']): E('id ' + x['id'])
        if len(x['secrets']) != 1: E('spans ' + x['id'])
        for s in x['secrets']:
            if list(s) != ['value', 'start', 'end', 'type']: E('span fields ' + x['id'])
            if x['text'][s['start']:s['end']] != s['value']: E('offset ' + x['id'])
            if s['value'] != s['value'].strip(): E('ws ' + x['id'])
            if s['type'] != x['type']: E('type ' + x['id'])
            if x['text'].count(s['value']) != 1: E('count ' + x['id'])
            allvals.append((x['id'], s['value']))
        if '{V}' in x['text'] or '\x00' in x['text'] or 'PRIVATE KEY' in x['text']: E('marker ' + x['id'])
        if x['source'] == 'prose':
            s = x['secrets'][0]; t = x['text']
            if not (t[s['start'] - 1] == ' ' and t[s['end']] == ' '): E('prose spacing ' + x['id'])
    EF = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    plains = []
    for x in evs:
        if list(x) != EF: E('efields ' + x['id'])
        if not re.fullmatch(r'p143-e-\d{4}', x['id']): E('id ' + x['id'])
        s = x['secrets'][0]
        if len(x['secrets']) != 1 or list(s) != ['value', 'start', 'end', 'type', 'plain', 'encoding']: E('espan ' + x['id'])
        if x['text'][s['start']:s['end']] != s['value']: E('eoffset ' + x['id'])
        if decode(s['encoding'], s['value']) != s['plain']: E('decode ' + x['id'])
        if s['encoding'] != x['encoding']: E('enc mismatch ' + x['id'])
        rule = meta['rules'][x['id']]
        ri = x['text'].find(rule)
        if ri < 0 or ri + len(rule) > s['start'] or x['text'][s['start'] - 2:s['start']] != ':\n': E('rule ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + x['id'])
        if s['plain'] in s['value']: E('plain in run ' + x['id'])
        if x['text'].count(s['value']) != 1: E('ecount ' + x['id'])
        allvals.append((x['id'], s['value'])); plains.append((x['id'], s['plain']))
    NF = ['id', 'class', 'container', 'text', 'source']
    for x in neg:
        if list(x) != NF: E('nfields ' + x['id'])
        if not re.fullmatch(r'p143-n-\d{4}', x['id']): E('id ' + x['id'])
    if len(set(x['text'] for x in neg)) != len(neg): E('dup negatives')
    if len({x['class'] for x in neg}) != 16 or len(neg) < 180: E('negative counts')
    ids = [x['id'] for x in pos + evs + neg]
    if len(ids) != len(set(ids)): E('dup ids')
    vals = [v for _, v in allvals] + [p for _, p in plains]
    if len(vals) != len(set(vals)): E('value reused')
    alltexts = [(x['id'], x['text']) for x in pos + evs + neg]
    for vid, v in allvals + plains:
        for tid, t in alltexts:
            if tid != vid and v in t: E(f'value of {vid} in {tid}')
    for pid, p in plains:
        for tid, t in alltexts:
            if p in t: E(f'plain of {pid} in {tid}')
    # deny-list: containers, span types, encodings, classes, syntaxes, languages, styles, wordings
    names = set()
    for x in pos + evs:
        names.add(x['container']); names.add(x['type'])
        names.update(x['container'].split('__'))
    for x in evs: names.add(x['encoding'])
    for x in neg: names.add(x['class']); names.add(x['container']); names.update(x['container'].split('__'))
    names.update(meta['styles'])
    names.update(p for p, _ in positional143.SYNTAXES)
    for code, name in meta['langs']:
        names.add(code); names.add(name)
        for w in name.split():
            if w.lower() in meta['words']: E('language word ' + name)
    names.discard('')
    for n in sorted(names):
        if n.lower() in deny: E('deny-listed name ' + n)
    # counts and disjointness
    src = {}
    for x in pos: src.setdefault(x['source'], []).append(x)
    if len(src['everyday']) != 180 or len(src['vendor']) != 120 or not 95 <= len(src['password']) <= 110 or len(src['prose']) != 40: E('counts')
    if len({c for c, _ in meta['langs']}) != 40: E('languages')
    if len(evs) != 66 or len({x['encoding'] for x in evs}) != 22: E('evasion counts')
    ts = {k: {x['type'] for x in v} for k, v in src.items()}
    ks = list(ts)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if ts[ks[i]] & ts[ks[j]]: E('type overlap')
    ne = [x['container'] for x in pos if x['source'] != 'everyday']
    if len(ne) != len(set(ne)): E('container reuse')
    return errs

def mutations(pos, evs, neg, meta):
    caught = []
    def run(name, f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        f(p, e, n); caught.append((name, bool(check(p, e, n, meta))))
    run('m1_shifted_start', lambda p, e, n: p[0]['secrets'][0].__setitem__('start', p[0]['secrets'][0]['start'] + 1))
    run('m2_value_in_negative', lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + ' ' + p[3]['secrets'][0]['value']))
    run('m3_wrong_plain', lambda p, e, n: e[0]['secrets'][0].__setitem__('plain', 'x' + e[0]['secrets'][0]['plain']))
    run('m4_duplicate_negative', lambda p, e, n: n.append(dict(n[0], id='p143-n-9999')))
    run('m5_deny_listed_container', lambda p, e, n: p[1].__setitem__('container', 'modbus_map_csv'))
    run('m6_deny_listed_encoding', lambda p, e, n: e[1].__setitem__('encoding', 'rail_fence_three_rails'))
    run('m7_plain_leaked', lambda p, e, n: p[2].__setitem__('text', p[2]['text'] + ' ' + e[2]['secrets'][0]['plain']))
    run('m8_rule_removed', lambda p, e, n: meta['rules'].__setitem__(e[3]['id'], 'zz never stated zz'))
    return caught

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else '/work/main/benchmarks/corpora/privacy_hundredfortythird'
    a = generate(); b = generate()
    fa = [dumps(x) for x in a[:3]]; fb = [dumps(x) for x in b[:3]]
    if fa != fb: raise SystemExit('non-deterministic output')
    pos, evs, neg, meta = a
    errs = check(pos, evs, neg, meta)
    if errs:
        print('\n'.join(errs[:40])); raise SystemExit(f'{len(errs)} check failures')
    saved = dict(meta['rules'])
    mres = mutations(pos, evs, neg, meta); meta['rules'] = saved
    if not all(c for _, c in mres): raise SystemExit(f'mutation not caught: {mres}')
    rd1 = readme143.render(pos, evs, neg, meta, mres); rd2 = readme143.render(*b, mres)
    if rd1 != rd2: raise SystemExit('README not deterministic')
    os.makedirs(outdir, exist_ok=True)
    for fn, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], fa):
        open(os.path.join(outdir, fn), 'w', encoding='utf-8').write(s)
    open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8').write(rd1)
    print(f'ok: {len(pos)} positives, {len(evs)} evasions, {len(neg)} negatives; mutations caught {sum(c for _, c in mres)}/{len(mres)}')

if __name__ == '__main__':
    main()
