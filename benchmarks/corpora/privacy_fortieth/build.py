#!/usr/bin/env python3
"""Build the p40 held-out corpus. Python 3 stdlib only, deterministic (seeds 40001-40006)."""
import copy, json, os, re, sys, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import denylist, common, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_decoders, readme
from gen_encodings import ENC
HERE = os.path.dirname(os.path.abspath(__file__))

def generate():
    d = denylist.load(); pool = common.Pool()
    ev = gen_everyday.generate(pool); ve = gen_vendor.generate(pool); pw = gen_passwords.generate(pool)
    pr, langs, dropped = gen_prose.generate(pool, lambda c, n: denylist.lang_ok(c, n, d))
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos): x['id'] = f'p40-s-{i+1:04d}'
    eva = gen_evasions.generate(pool)
    layouts = {}
    for i, x in enumerate(eva):
        x['id'] = f'p40-e-{i+1:04d}'; layouts[x['id']] = x.pop('_layout')
    neg = gen_negatives.generate()
    for i, x in enumerate(neg): x['id'] = f'p40-n-{i+1:04d}'
    order = lambda x, keys: {k: x[k] for k in keys if k in x}
    pos = [order(x, ['id', 'type', 'container', 'text', 'secrets', 'source']) for x in pos]
    eva = [order(x, ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']) for x in eva]
    neg = [order(x, ['id', 'class', 'container', 'text', 'source']) for x in neg]
    meta = dict(langs=langs, dropped=dropped, layouts=layouts, deny=d)
    return pos, eva, neg, meta

def own_names():
    n = [k for k, _ in gen_everyday.K] + [t for t, *_ in gen_vendor.V] + gen_vendor.STYLES
    n += [t for t, *_ in gen_passwords.P] + gen_passwords.SUFFIXES + gen_prose.FORMATS + [gen_prose.SPAN_TYPE]
    n += list(ENC) + list(gen_evasions.WORDINGS) + gen_evasions.LAYOUTS
    n += [k for ks in gen_negatives.BASE.values() for k, _ in ks] + gen_negatives.WRAPPERS + [k for k, _ in gen_negatives.DOCS]
    return n

def crc_ok(tok):
    body, chk = tok[4:-6], tok[-6:]
    return common.b62(zlib.crc32(body.encode())).rjust(6, '0') == chk

def check(pos, eva, neg, meta):
    ids = [x['id'] for x in pos + eva + neg]
    assert len(ids) == len(set(ids))
    for x in pos: assert re.fullmatch(r'p40-s-\d{4}', x['id'])
    for x in eva: assert re.fullmatch(r'p40-e-\d{4}', x['id'])
    for x in neg: assert re.fullmatch(r'p40-n-\d{4}', x['id'])
    seen = {}
    for x in pos + eva:
        assert json.loads(json.dumps(x, ensure_ascii=False)) == x
        t = x['text']; sp = x['secrets']; assert sp and x['type'] == sp[0]['type'], x['id']
        assert [s['start'] for s in sp] == sorted(s['start'] for s in sp)
        cnt = {}
        for s in sp:
            v = s['value']; assert t[s['start']:s['end']] == v, x['id']
            assert v == v.strip() and v, x['id']
            cnt[v] = cnt.get(v, 0) + 1
        for v, c in cnt.items():
            assert t.count(v) == c, (x['id'], v)
            assert v not in seen or seen[v] == x['id'], ('value reused', v); seen[v] = x['id']
        assert '«' not in t and '\x00' not in t and '{V}' not in t, x['id']
    for x in pos:
        for s in x['secrets']:
            if re.fullmatch(r'(ghp|gho|ghs|npm)_[A-Za-z0-9]{36}', s['value']): assert crc_ok(s['value']), x['id']
    # evasions
    assert gen_decoders.selftest() >= 7
    assert set(ENC) == set(gen_decoders.DEC)
    per = {}; plains = set(); posvals = {s['value'] for x in pos for s in x['secrets']}
    for x in eva:
        s = x['secrets'][0]; assert len(x['secrets']) == 1 and s['encoding'] == x['encoding']
        per[x['encoding']] = per.get(x['encoding'], 0) + 1
        # decode from the text BEFORE the span only: proves the naming phrase precedes it
        assert gen_decoders.DEC[s['encoding']](x['text'][:s['start']], s['value']) == s['plain'], x['id']
        assert s['plain'] not in x['text'] and s['plain'] not in posvals and s['plain'] not in plains
        plains.add(s['plain'])
    assert len(per) == 22 and set(per.values()) == {3}
    # negatives
    texts = [x['text'] for x in neg]; assert len(texts) == len(set(texts))
    bad = [v for v in posvals | {s['value'] for x in eva for s in x['secrets']} | plains if len(v) >= 6]
    alltext = '\n'.join(texts)
    for v in bad: assert v not in alltext, v
    assert 'PRIVATE KEY' not in alltext
    for tok in re.findall(r'(?:ghp|gho|ghs|npm)_[A-Za-z0-9]{36}', alltext): assert not crc_ok(tok)
    assert gen_negatives.verify_docs() == 4
    pe = '\n'.join(x['text'] for x in pos + eva)
    for v in gen_negatives.DOC_VALUES: assert v in alltext and v not in pe
    # deny-list
    bad = denylist.overlaps(own_names(), meta['deny']); assert not bad, bad
    for c, n in meta['langs']: assert denylist.lang_ok(c, n, meta['deny'])
    # counts and uniqueness
    src = lambda s: [x for x in pos if x['source'] == s]
    assert len(src('everyday')) == 180 and len({x['container'] for x in src('everyday')}) == 45
    vt = [x['type'] for x in src('vendor')]; assert len(vt) == len(set(vt)) and 100 <= len(vt) <= 140
    pt = [x['type'] for x in src('password')]; assert len(pt) == len(set(pt)) and 90 <= len(pt) <= 130
    assert len(src('prose')) == 40 and len({x['container'].split('__')[1] for x in src('prose')}) == 40
    assert len(eva) == 66 and len(neg) >= 180 and len({x['class'] for x in neg}) == 18
    assert not set(vt) & set(pt)
    return True

def mutations(pos, eva, neg, meta):
    def caught(f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        f(p, e, n)
        try: check(p, e, n, meta)
        except AssertionError: return True
        return False
    tests = [
     lambda p, e, n: p[3]['secrets'][0].__setitem__('start', p[3]['secrets'][0]['start'] + 1),
     lambda p, e, n: n[5].__setitem__('text', n[5]['text'] + p[200]['secrets'][0]['value']),
     lambda p, e, n: e[7]['secrets'][0].__setitem__('plain', e[7]['secrets'][0]['plain'][:-1] + '#'),
     lambda p, e, n: p[10].__setitem__('text', p[10]['text'] + ' ' + p[10]['secrets'][0]['value']),
     lambda p, e, n: n[9].__setitem__('text', n[9]['text'] + e[3]['secrets'][0]['plain']),
     lambda p, e, n: n.__setitem__(0, dict(n[0], text=n[1]['text'])),
    ]
    for i, t in enumerate(tests): assert caught(t), f'mutation {i} not caught'
    # deny-list mutation
    assert denylist.overlaps(['pgpass_fifth_field_line'], meta['deny'])
    return len(tests) + 1

def dump(rows): return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows)

def main():
    if '--freeze' in sys.argv:
        json.dump(denylist.extract(), open(denylist.FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0); return
    a = generate(); b = generate()
    outs = []
    for pos, eva, neg, meta in (a, b):
        outs.append((dump(pos), dump(eva), dump(neg), readme.render(pos, eva, neg, meta, own_names())))
    assert outs[0] == outs[1], 'non-deterministic'
    pos, eva, neg, meta = a
    check(pos, eva, neg, meta); nm = mutations(pos, eva, neg, meta)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], outs[0]):
        open(os.path.join(HERE, name), 'w', encoding='utf-8').write(data)
    print(f'ok: {len(pos)} positives, {len(eva)} evasions, {len(neg)} negatives, {nm} mutation tests caught')

if __name__ == '__main__':
    main()
