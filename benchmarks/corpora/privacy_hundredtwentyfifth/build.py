#!/usr/bin/env python3
"""Build p125 (veterinary clinics and animal-health developers). Stdlib only, fixed seeds, no clock, no network."""
import copy, json, os, random, re, sys
import common125, everyday125, vendor125, positional125, prose125, enc125, dec125, negatives125, readme125

OUT = os.path.dirname(os.path.abspath(__file__))
EV_TYPES = [
    ('vetdev_evasion_pims_admin_password', lambda g: g.password()),
    ('vetdev_evasion_reference_lab_key', lambda g: g.hexs(32)),
    ('vetdev_evasion_claims_api_token', lambda g: 'clm_' + g.s(common125.ALNUM, 28)),
]
EV_WORDINGS = [
    ('clinic_huddle_whiteboard_note', 'Whiteboard in the prep room after the morning huddle. So nobody reads it over a shoulder, the {what} is written {rule}:\n{run}\nWipe it after the lab courier leaves.'),
    ('farm_call_glovebox_card', 'Card in the truck glovebox for farm calls. The {what}, written {rule}:\n{run}\nDo not leave the card on the dashboard.'),
    ('pharmacy_ledger_margin_remark', 'Pencil remark in the margin of the pharmacy ledger. The {what} is written {rule}:\n{run}\n(rotate at month end)'),
]
WHAT = {'vetdev_evasion_pims_admin_password': 'PIMS admin password',
        'vetdev_evasion_reference_lab_key': 'reference-lab API key',
        'vetdev_evasion_claims_api_token': 'claims API token'}


def generate():
    deny = common125.load_denylist()
    used = set()
    G = lambda seed: common125.Gen(random.Random(seed), used)
    info = {}
    ev = everyday125.make(G(12501))
    vd, info['vendor_dropped'] = vendor125.make(G(12502), set(deny['words']))
    pw, info['pw_dropped'] = positional125.make(G(12503), deny['tokens'])
    pr, info['lang_dropped'] = prose125.make(G(12504), set(deny['names']), set(deny['langs']), set(deny['words']))
    # evasions
    g = G(12505)
    evs = []
    for ei, enc in enumerate(enc125.RULES):
        for j in range(3):
            tname, f = EV_TYPES[(ei + j) % 3]
            wname, wt = EV_WORDINGS[j]
            while True:
                plain = g.uniq(lambda: f(g))
                run = enc125.enc(enc, plain, g.r)
                if run == run.strip() and plain not in run:
                    break
            text = wt.format(what=WHAT[tname], rule=enc125.RULES[enc], run=run)
            s = text.index('\n' + run + '\n') + 1
            evs.append({'type': tname, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': tname, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion'})
    neg = negatives125.make(G(12506))
    langs = []
    for r in pr:
        langs.append(r.pop('_lang'))
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        r['id'] = 'p125-s-%04d' % (i + 1)
    for i, r in enumerate(evs):
        r['id'] = 'p125-e-%04d' % (i + 1)
    for i, r in enumerate(neg):
        r['id'] = 'p125-n-%04d' % (i + 1)
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    evs = [{k: r[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']} for r in evs]
    neg = [{k: r[k] for k in ['id', 'class', 'container', 'text', 'source']} for r in neg]
    info['langs'] = langs
    return pos, evs, neg, info, deny


def dump(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')


def check(pos, evs, neg, deny):
    names = set(deny['names'])
    errs = []
    idre = {'s': re.compile(r'^p125-s-\d{4}$'), 'e': re.compile(r'^p125-e-\d{4}$'), 'n': re.compile(r'^p125-n-\d{4}$')}
    ids = set()
    for kind, rows in (('s', pos), ('e', evs), ('n', neg)):
        for r in rows:
            if not idre[kind].match(r['id']) or r['id'] in ids:
                errs.append('bad id ' + r['id'])
            ids.add(r['id'])
    vals, plains = [], []
    for r in pos + evs:
        if len(r['secrets']) != 1:
            errs.append('span count ' + r['id'])
        for sp in r['secrets']:
            v = sp['value']
            if r['text'][sp['start']:sp['end']] != v:
                errs.append('offset ' + r['id'])
            if v != v.strip() or not v:
                errs.append('edge ws ' + r['id'])
            if r['text'].count(v) != 1:
                errs.append('occurrence ' + r['id'])
            if sp['type'] != r['type']:
                errs.append('type ' + r['id'])
            vals.append((r['id'], v))
            if r['source'] == 'evasion':
                if set(sp) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or sp['encoding'] != r['encoding']:
                    errs.append('evasion fields ' + r['id'])
                if dec125.decode(sp['encoding'], v) != sp['plain']:
                    errs.append('decode ' + r['id'])
                rule = enc125.RULES[sp['encoding']]
                if r['text'].find(rule) < 0 or r['text'].find(rule) > sp['start']:
                    errs.append('rule position ' + r['id'])
                plains.append((r['id'], sp['plain']))
            else:
                if set(sp) != {'value', 'start', 'end', 'type'}:
                    errs.append('span fields ' + r['id'])
        if 'PRIVATE KEY' in r['text'] or '\0' in r['text']:
            errs.append('forbidden text ' + r['id'])
        if r['source'] == 'prose':
            sp = r['secrets'][0]
            t = r['text']
            if not ((sp['start'] == 0 or t[sp['start'] - 1].isspace()) and (sp['end'] == len(t) or t[sp['end']].isspace())):
                errs.append('prose spacing ' + r['id'])
    allv = [v for _, v in vals] + [p for _, p in plains]
    if len(set(allv)) != len(allv):
        errs.append('value reused')
    texts = [(r['id'], r['text']) for r in pos + evs + neg]
    for rid, v in vals:
        for tid, t in texts:
            if tid != rid and v in t:
                errs.append('value %s leaks into %s' % (rid, tid))
    for rid, p in plains:
        for tid, t in texts:
            if p in t:
                errs.append('plain %s in %s' % (rid, tid))
    ntexts = [r['text'] for r in neg]
    if len(set(ntexts)) != len(ntexts):
        errs.append('duplicate negative text')
    for r in neg:
        if set(r) != {'id', 'class', 'container', 'text', 'source'} or r['source'] != 'negative':
            errs.append('neg fields ' + r['id'])
    # deny-list
    labels = []
    for r in pos + evs:
        labels += [r['container'], r['type']]
    for r in evs:
        labels.append(r['encoding'])
    for r in neg:
        labels += [r['class'], r['container']]
    for lab in set(labels):
        for part in [lab] + lab.split('__'):
            if part.lower() in names:
                errs.append('deny-list overlap %s (%s)' % (lab, part))
    by_src = {}
    for r in pos:
        by_src.setdefault(r['source'], set()).add(r['type'])
    srcs = list(by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by_src[srcs[i]] & by_src[srcs[j]]:
                errs.append('span types shared %s/%s' % (srcs[i], srcs[j]))
    if len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != len([r for r in pos if r['source'] == 'prose']):
        errs.append('prose languages not distinct')
    return errs


def mutation_tests(pos, evs, neg, deny):
    deny_name = sorted(n for n in deny['names'] if '_' in n)[0]
    muts = []
    m = copy.deepcopy((pos, evs, neg)); m[0][0]['secrets'][0]['start'] += 1; muts.append(('shifted start', m))
    m = copy.deepcopy((pos, evs, neg)); m[2][0]['text'] += ' ' + pos[5]['secrets'][0]['value']; muts.append(('value in negative', m))
    m = copy.deepcopy((pos, evs, neg)); m[1][0]['secrets'][0]['plain'] += 'x'; muts.append(('wrong plain', m))
    m = copy.deepcopy((pos, evs, neg)); m[2][3]['class'] = deny_name; muts.append(('deny-listed class', m))
    m = copy.deepcopy((pos, evs, neg)); m[0][7]['text'] += '\n' + pos[7]['secrets'][0]['value']; muts.append(('extra occurrence', m))
    m = copy.deepcopy((pos, evs, neg)); m[1][2]['encoding'] = deny_name; m[1][2]['secrets'][0]['encoding'] = deny_name; muts.append(('deny-listed encoding', m))
    m = copy.deepcopy((pos, evs, neg)); m[0][9]['container'] = deny_name; muts.append(('deny-listed container', m))
    m = copy.deepcopy((pos, evs, neg)); m[2].append(dict(m[2][0], id='p125-n-9999')); muts.append(('duplicate negative', m))
    m = copy.deepcopy((pos, evs, neg)); m[0][3]['id'] = 'p124-s-0004'; muts.append(('wrong id prefix', m))
    m = copy.deepcopy((pos, evs, neg)); m[0][11]['text'] += ' ' + evs[4]['secrets'][0]['plain']; muts.append(('plain leaked', m))
    for name, (p, e, n) in muts:
        try:
            errs = check(p, e, n, deny)
        except Exception as ex:  # a crash counts as caught
            errs = [repr(ex)]
        if not errs:
            raise SystemExit('mutation not caught: ' + name)
    return len(muts)


def main():
    a = generate(); b = generate()
    fa = [dump(x) for x in a[:3]]; fb = [dump(x) for x in b[:3]]
    if fa != fb:
        raise SystemExit('non-deterministic output')
    pos, evs, neg, info, deny = a
    errs = check(pos, evs, neg, deny)
    if errs:
        print('\n'.join(errs[:50])); raise SystemExit('checks failed: %d' % len(errs))
    nm = mutation_tests(pos, evs, neg, deny)
    r1 = readme125.render(pos, evs, neg, info, deny, nm); r2 = readme125.render(*b[:4], deny, nm)
    if r1 != r2:
        raise SystemExit('README not deterministic')
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], fa):
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(r1)
    print('positives', len(pos), 'evasions', len(evs), 'negatives', len(neg), 'mutations', nm)
    print('dropped vendor', info['vendor_dropped'])
    print('dropped pw', info['pw_dropped'])
    print('dropped lang', info['lang_dropped'])


if __name__ == '__main__':
    main()
