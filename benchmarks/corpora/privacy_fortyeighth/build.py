#!/usr/bin/env python3
"""Build the p48 corpus: python3 build.py  (python3 build.py --freeze re-extracts the deny-list once)."""
import sys, os, json, copy, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_decoders, gen_encodings
from common import MARK

def generate():
    d = denylist.load()
    ev = gen_everyday.build(); ve, styles = gen_vendor.build(); pw, pres = gen_passwords.build()
    pr, langs, dropped, formats = gen_prose.build(d, denylist.language_ok)
    eva, wordings = gen_evasions.build(); neg, dvals, wraps, nbase, dkinds = gen_negatives.build()
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos): x['id'] = 'p48-s-%04d' % (i + 1)
    for i, x in enumerate(eva): x['id'] = 'p48-e-%04d' % (i + 1)
    for i, x in enumerate(neg): x['id'] = 'p48-n-%04d' % (i + 1)
    own = ([k for k, _ in gen_everyday.KINDS] + [r['type'] for r in ve] + styles + [r['type'] for r in pw] + pres
           + formats + [gen_prose.SPAN] + list(gen_encodings.ENC) + wordings + nbase + wraps + dkinds + ['package_lock_integrity_string'])
    meta = dict(d=d, langs=langs, dropped=dropped, formats=formats, styles=styles, pres=pres, wordings=wordings, dvals=dvals, own=own, wraps=wraps, nbase=nbase, dkinds=dkinds)
    return pos, eva, neg, meta

def order(r, keys):
    return {k: r[k] for k in keys if k in r}

def dump(rows, keys):
    return ''.join(json.dumps(order(r, keys), ensure_ascii=False) + '\n' for r in rows)

def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0: n += 1; i = text.find(v, i + 1)
    return n

def check(pos, eva, neg, meta):
    ids = [r['id'] for r in pos + eva + neg]
    assert len(ids) == len(set(ids))
    for r in pos: assert re.fullmatch(r'p48-s-\d{4}', r['id'])
    for r in eva: assert re.fullmatch(r'p48-e-\d{4}', r['id'])
    for r in neg: assert re.fullmatch(r'p48-n-\d{4}', r['id'])
    seen = {}
    for r in pos + eva:
        t = r['text']; assert MARK not in t and '\x00' not in t
        assert r['type'] == r['secrets'][0]['type']
        prev = -1
        for s in r['secrets']:
            assert t[s['start']:s['end']] == s['value'], r['id']
            assert s['start'] >= prev; prev = s['end']
            assert s['value'] == s['value'].strip() and s['value']
        c = collections.Counter(s['value'] for s in r['secrets'])
        for v, n in c.items():
            assert count_overlapping(t, v) == n, (r['id'], v)
            assert seen.setdefault(v, r['id']) == r['id'], ('reused', v)
    for k, (b, run) in gen_decoders.KAT.items():
        assert gen_decoders.DEC[k](b, run) == 'Hi7', k
    assert set(gen_decoders.DEC) == set(gen_encodings.ENC) and len(gen_encodings.ENC) == 22
    plains = set()
    for r in eva:
        s = r['secrets'][0]; before = r['text'][:s['start']]
        assert gen_decoders.DEC[s['encoding']](before, s['value']) == s['plain'], r['id']
        assert s['plain'] not in r['text'] and s['plain'] not in plains and s['plain'] not in seen
        plains.add(s['plain'])
    assert collections.Counter(r['encoding'] for r in eva) == {e: 3 for e in gen_encodings.ENC}
    texts = [r['text'] for r in neg]; assert len(texts) == len(set(texts))
    bad = [v for v in list(seen) + list(plains) if len(v) >= 6]
    for r in neg:
        assert 'PRIVATE KEY' not in r['text']
        for v in bad: assert v not in r['text'], (r['id'], v)
    for v in meta['dvals']:
        assert any(v in r['text'] for r in neg) and not any(v in r['text'] for r in pos + eva)
    ov = denylist.overlaps(meta['own'], meta['d']); assert not ov, ov
    for c, n, _ in meta['langs']: assert denylist.language_ok(c, n, meta['d'])
    src = collections.Counter(r['source'] for r in pos)
    assert src['everyday'] == 180 and len({r['container'] for r in pos if r['source'] == 'everyday'}) == 45
    assert 100 <= src['vendor'] <= 140 and 90 <= src['password'] <= 120 and src['prose'] == 40
    assert len({c for c, _, _ in meta['langs']}) == 40 and len(eva) == 66 and len(neg) >= 180
    assert len({r['class'] for r in neg}) == 16
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    assert len(vt) == len(set(vt)) and len(pt) == len(set(pt)) and not set(vt) & set(pt)

def mutations(pos, eva, neg, meta):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += p[3]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n): p[5]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m5(p, e, n): n[1]['text'] += e[2]['secrets'][0]['plain']
    def m6(p, e, n): n[2]['text'] = n[3]['text']
    def m7(p, e, n): e[4]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m8(p, e, n, meta=meta): meta2 = dict(meta); meta2['own'] = meta['own'] + ['x__notebook_bang_shell_cell']; raise_if(meta2)
    def raise_if(m): assert not denylist.overlaps(m['own'], m['d'])
    for m in (m1, m2, m3, m4, m5, m6, m7, m8):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        try:
            m(p, e, n); check(p, e, n, meta)
        except (AssertionError, KeyError, ValueError):
            continue
        raise SystemExit('mutation not caught: ' + m.__name__)

PK = ['id', 'type', 'container', 'text', 'secrets', 'source']
EK = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
NK = ['id', 'class', 'container', 'text', 'source']

def render():
    pos, eva, neg, meta = generate()
    check(pos, eva, neg, meta)
    import readme
    return pos, eva, neg, meta, {'secrets.jsonl': dump(pos, PK), 'evasions.jsonl': dump(eva, EK), 'negatives.jsonl': dump(neg, NK),
                                 'README.md': readme.render(pos, eva, neg, meta)}

def main():
    if '--freeze' in sys.argv:
        denylist.freeze()
    pos, eva, neg, meta, out1 = render()
    out2 = render()[4]
    assert out1 == out2, 'non-deterministic'
    mutations(pos, eva, neg, meta)
    for name, data in out1.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as fh: fh.write(data)
    print('ok', len(pos), len(eva), len(neg))

if __name__ == '__main__':
    main()
