#!/usr/bin/env python3
"""Build corpus p162 (home-care, hospice and caregiver-agency developers). Stdlib only, fixed seeds."""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen162 import Registry, extract_denylist
import everyday162, vendor162, positional162, prose162, evasions162, negatives162, readme162, dec162
from enc162 import E

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief162'
SEEDS = dict(everyday=16201, vendor=16202, password=16203, prose=16204, evasion=16205, negative=16206)


def load_deny():
    frozen = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(frozen):
            if json.load(open(frozen, encoding='utf-8')) != d:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            json.dump(d, open(frozen, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        return d
    return json.load(open(frozen, encoding='utf-8'))


def generate(deny):
    names, words = set(deny['names']), set(deny['words'])
    reg = Registry()
    ev = everyday162.build(SEEDS['everyday'], reg, 0)
    brand_ok = lambda t: t.split('_')[0] not in words and t.split('_')[0] not in names and t not in names
    ve, dropped, unused = vendor162.build(SEEDS['vendor'], reg, len(ev), 120, brand_ok)
    pwr = positional162.build(SEEDS['password'], reg, len(ev) + len(ve))
    pr, refused, used, spares = prose162.build(SEEDS['prose'], reg, len(ev) + len(ve) + len(pwr), deny)
    evas = evasions162.build(SEEDS['evasion'], reg, 0)
    pos = ev + ve + pwr + pr
    forbidden = [sp['value'] for rec in pos for sp in rec['secrets']] + [sp['plain'] for rec in evas for sp in rec['secrets']] + [sp['value'] for rec in evas for sp in rec['secrets']]
    neg = negatives162.build(SEEDS['negative'], forbidden, 0)
    meta = dict(dropped=dropped, unused=unused, refused=refused, used=used, spares=spares,
                n_vendor_cands=len(vendor162.C), n_lang_cands=len(prose162.L))
    return pos, evas, neg, meta


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


MARKERS = ['«', '»', '{WHAT}', '{RULE}', '{RUN}', '{T}', '\0', 'PRIVATE KEY']


def check(pos, evas, neg, deny, meta):
    names = set(deny['names'])
    ids = set()
    allvals = []
    for rec in pos + evas:
        assert rec['id'] not in ids, ('dup id', rec['id'])
        ids.add(rec['id'])
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if rec['source'] == 'evasion' else set())
        assert set(rec) == want, ('fields', rec['id'])
        assert len(rec['secrets']) == 1, rec['id']
        sp = rec['secrets'][0]
        sw = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if rec['source'] == 'evasion' else set())
        assert set(sp) == sw, ('span fields', rec['id'])
        t, v = rec['text'], sp['value']
        assert t[sp['start']:sp['end']] == v, ('offset', rec['id'])
        assert v == v.strip() and v, ('edge ws', rec['id'])
        assert rec['type'] == sp['type'], ('type', rec['id'])
        assert t.count(v) == 1, ('value not once', rec['id'])
        for m in MARKERS:
            assert m not in t, ('marker', rec['id'], m)
        allvals.append(v)
        if rec['source'] == 'evasion':
            allvals.append(sp['plain'])
    assert len(set(allvals)) == len(allvals), 'value reused'
    texts = [r['text'] for r in pos + evas]
    for rec in pos + evas:
        sp = rec['secrets'][0]
        for other in pos + evas:
            if other is rec:
                continue
            assert sp['value'] not in other['text'], ('value in other record', rec['id'], other['id'])
            if rec['source'] == 'evasion':
                assert sp['plain'] not in other['text'], ('plain elsewhere', rec['id'])
        if rec['source'] == 'evasion':
            assert sp['plain'] not in rec['text'], ('plain in own text', rec['id'])
    # prose set off by spaces
    for rec in pos:
        if rec['source'] == 'prose':
            sp = rec['secrets'][0]
            assert rec['text'][sp['start'] - 1] == ' ' and rec['text'][sp['end']] == ' ', ('prose spacing', rec['id'])
    # evasions
    for rec in evas:
        sp = rec['secrets'][0]
        assert dec162.decode(sp['encoding'], sp['value']) == sp['plain'], ('decode', rec['id'])
        assert re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']), rec['id']
        assert rec['encoding'] == sp['encoding'], rec['id']
        assert rec['text'][:sp['start']].endswith(':\n'), ('rule before run', rec['id'])
        from enc162 import RULES
        assert RULES[sp['encoding']] in rec['text'][:sp['start']], ('rule text', rec['id'])
    encs = {}
    for rec in evas:
        encs[rec['encoding']] = encs.get(rec['encoding'], 0) + 1
    assert len(encs) == 22 and set(encs.values()) == {3}, encs
    # negatives
    seen = set()
    for rec in neg:
        assert set(rec) == {'id', 'class', 'container', 'text', 'source'}, rec['id']
        assert rec['text'] not in seen, ('dup neg', rec['id'])
        seen.add(rec['text'])
        assert rec['id'] not in ids
        ids.add(rec['id'])
        for v in allvals:
            assert v not in rec['text'], ('positive in negative', rec['id'])
    assert len({r['class'] for r in neg}) == 16 and len(neg) >= 180
    # deny-list
    def bad(nm):
        nm = nm.lower()
        return nm in names or any(p in names for p in nm.split('__') if p)
    ownnames = []
    for rec in pos + evas:
        ownnames += [rec['container'], rec['type']]
    for rec in evas:
        ownnames.append(rec['encoding'])
    for rec in neg:
        ownnames += [rec['class'], rec['container']]
    ownnames += [s for s, _ in vendor162.STYLES] + positional162.SUFFIX + prose162.FORMATS
    ownnames += [w for w, _ in evasions162.WORDINGS] + [w.strip('_') for w, _ in negatives162.WRAPPERS if w]
    ownnames += list(E)
    hits = sorted({n for n in ownnames if bad(n)})
    assert not hits, ('deny-list overlap', hits)
    old = {re.sub(r'^[a-z]+pw_', '', n) for n in names if re.match(r'^[a-z]+pw_', n)}
    synhits = [s for s, _ in positional162.S if s in old]
    assert not synhits, ('earlier syntax', synhits)
    langs = set(deny['langs'])
    for code, name in meta['used']:
        assert code not in langs and name.lower() not in langs, ('language', code)
    # source-type disjointness
    bysrc = {}
    for rec in pos + evas:
        bysrc.setdefault(rec['source'], set()).add(rec['type'])
    srcs = list(bysrc)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            assert not (bysrc[srcs[i]] & bysrc[srcs[j]]), ('types shared', srcs[i], srcs[j])
    nonev = [r['container'] for r in pos if r['source'] != 'everyday']
    assert len(nonev) == len(set(nonev)), 'non-everyday containers repeat'
    cnt = {}
    for rec in pos:
        cnt[rec['source']] = cnt.get(rec['source'], 0) + 1
    assert cnt['everyday'] == 180 and cnt['vendor'] == 120 and 95 <= cnt['password'] <= 120 and cnt['prose'] == 40, cnt
    assert len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) == 40
    assert len(evas) == 66
    return True


def mutation_tests(pos, evas, neg, deny, meta):
    def caught(fn):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evas), copy.deepcopy(neg)
        fn(p, e, n)
        try:
            check(p, e, n, deny, meta)
        except AssertionError:
            return True
        return False
    muts = {
        'shifted offset': lambda p, e, n: p[3]['secrets'][0].__setitem__('start', p[3]['secrets'][0]['start'] + 1),
        'duplicate id': lambda p, e, n: p[5].__setitem__('id', p[4]['id']),
        'positive in negative': lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + ' ' + p[10]['secrets'][0]['value']),
        'wrong plain': lambda p, e, n: e[2]['secrets'][0].__setitem__('plain', e[2]['secrets'][0]['plain'] + 'x'),
        'deny-listed container': lambda p, e, n: p[0].__setitem__('container', deny['names'][0]),
        'deny-listed class': lambda p, e, n: [r.__setitem__('class', 'sops_encrypted_yaml') for r in n[:12]],
        'type mismatch': lambda p, e, n: p[7].__setitem__('type', 'something_else'),
        'missing evasion': lambda p, e, n: e.pop(),
        'prose glued': lambda p, e, n: [r.__setitem__('text', r['text'][:r['secrets'][0]['start'] - 1] + 'x' + r['text'][r['secrets'][0]['start']:]) or r['secrets'][0].__setitem__('start', r['secrets'][0]['start']) for r in p if r['source'] == 'prose'][:1],
    }
    res = {k: caught(f) for k, f in muts.items()}
    assert all(res.values()), res
    return len(res)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny()
    a = generate(deny)
    b = generate(deny)
    fa = [dumps(x) for x in a[:3]]
    fb = [dumps(x) for x in b[:3]]
    assert fa == fb, 'non-deterministic'
    pos, evas, neg, meta = a
    check(pos, evas, neg, deny, meta)
    nm = mutation_tests(pos, evas, neg, deny, meta)
    ra = readme162.render(pos, evas, neg, meta, deny, nm)
    rb = readme162.render(*b, deny, nm)
    assert ra == rb, 'readme non-deterministic'
    os.makedirs(out, exist_ok=True)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], fa):
        open(os.path.join(out, name), 'w', encoding='utf-8').write(data)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok', len(pos), len(evas), len(neg), 'mutations', nm, 'dropped', meta['dropped'], 'refused', meta['refused'])


if __name__ == '__main__':
    main()
