"""Build the p81 corpus: generate twice, check, mutation-test, then write."""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme81
from dec81 import DEC
from enc81 import ENC

HERE = os.path.dirname(os.path.abspath(__file__))
P = 'p81'


def generate(frozen):
    ev = gen_everyday.build(P)
    ve = gen_vendor.build(P, len(ev))
    pw = gen_passwords.build(P, len(ev) + len(ve))
    pr = gen_prose.build(P, len(ev) + len(ve) + len(pw), frozen)
    pos = ev + ve + pw + pr
    evs = gen_evasions.build(P, {r['secrets'][0]['value'] for r in pos})
    neg = gen_negatives.build(P)
    return pos, evs, neg


def own_names():
    n = set(gen_everyday.KINDS) | (set(gen_everyday.TYPES) - set(gen_everyday.REPEATED))
    n |= {t for t, _, _ in gen_vendor.VENDORS} | set(gen_vendor.STYLES)
    n |= {t for t, _, _ in gen_passwords.SYNTAX} | set(gen_passwords.SUFFIX.values())
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE} | set(ENC) | set(gen_evasions.WORDINGS)
    n |= {b for c in gen_negatives.BASE.values() for b in c} | {w.strip('_').replace('in_', '', 1) for w in gen_negatives.WRAPPERS}
    n |= set(gen_negatives.NEW_CLASSES) | {k for k, _ in gen_negatives.doc_values()[0]}
    return n


def check(pos, evs, neg, frozen):
    deny = set(frozen['names'])
    ids = [r['id'] for r in pos + evs + neg]
    assert len(ids) == len(set(ids)), 'dup id'
    for r in pos:
        assert re.fullmatch(P + r'-s-\d{4}', r['id']), r['id']
    for r in evs:
        assert re.fullmatch(P + r'-e-\d{4}', r['id']), r['id']
    for r in neg:
        assert re.fullmatch(P + r'-n-\d{4}', r['id']), r['id']
    allv = []
    for r in pos + evs:
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
        assert r['type'] == r['secrets'][0]['type']
        assert '\ue000' not in r['text'] and '\ue001' not in r['text'] and '\x00' not in r['text']
        for s in r['secrets']:
            v = s['value']
            assert r['text'][s['start']:s['end']] == v, r['id']
            assert v == v.strip(), r['id']
            cnt = sum(1 for i in range(len(r['text'])) if r['text'].startswith(v, i))
            assert cnt == sum(1 for x in r['secrets'] if x['value'] == v), ('occurrence', r['id'])
            allv.append(s.get('plain', v))
            allv.append(v)
    pv = [r['secrets'][0]['value'] for r in pos] + [r['secrets'][0]['plain'] for r in evs]
    assert len(pv) == len(set(pv)), 'value reused'
    texts = [(r['id'], r['text']) for r in pos + evs + neg]
    for r in pos + evs:
        for v in {r['secrets'][0]['value'], r['secrets'][0].get('plain', '')}:
            if len(v) >= 6:
                for i, t in texts:
                    assert i == r['id'] or v not in t, ('cross', r['id'], i)
    for r in evs:
        s = r['secrets'][0]
        assert set(s) == {'value', 'start', 'end', 'type', 'plain', 'encoding'}
        assert DEC[s['encoding']](s['value']) == s['plain'], r['id']
        assert s['plain'] not in r['text'] and re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain'])
    assert set(ENC) == set(DEC) and len(ENC) == 22
    for e in ENC:
        assert sum(1 for r in evs if r['encoding'] == e) == 3
    nt = [r['text'] for r in neg]
    assert len(nt) == len(set(nt)), 'dup negative'
    for r in neg:
        assert 'PRIVATE KEY' not in r['text']
    docs, _ = gen_negatives.doc_values()
    for _, t in docs:
        assert t in nt
        for r in pos + evs:
            assert 'EXAMPLEKEY' not in r['text'] and '2YotnFZFEjr1zCsicMWpAA' not in r['text']
    # deny-list
    for n in own_names():
        for part in [n] + n.split('__'):
            assert part.lower() not in deny, ('deny-listed name', part)
    for r in pos + evs + neg:
        for part in [r['container']] + r['container'].split('__'):
            assert part.lower() not in deny or part in gen_everyday.REPEATED, ('deny-listed container', part)
    langs = set(frozen['languages']) | set(frozen['words'])
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            assert code not in langs and code not in deny, ('language', code)
    # counts
    src = lambda s: [r for r in pos if r['source'] == s]
    assert len(src('everyday')) == 180 and len({r['container'] for r in src('everyday')}) == 45
    assert 100 <= len(src('vendor')) <= 140 and 90 <= len(src('password')) <= 140
    assert len(src('prose')) == 40 and len({r['container'].split('__')[1] for r in src('prose')}) == 40
    assert len(evs) == 66 and len(neg) >= 180 and len({r['class'] for r in neg}) == 16
    vt = [r['type'] for r in src('vendor')]; pt = [r['type'] for r in src('password')]
    assert len(vt) == len(set(vt)) and len(pt) == len(set(pt))
    assert not (set(vt) & set(pt)) and not ((set(vt) | set(pt)) & set(gen_everyday.TYPES))


def mutations(pos, evs, neg, frozen):
    def caught(f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        f(p, e, n)
        try:
            check(p, e, n, frozen)
        except (AssertionError, Exception):
            return True
        return False
    tests = {
        'shifted start': lambda p, e, n: p[0]['secrets'][0].__setitem__('start', p[0]['secrets'][0]['start'] + 1),
        'short end': lambda p, e, n: p[5]['secrets'][0].__setitem__('end', p[5]['secrets'][0]['end'] - 1),
        'value in negative': lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + p[3]['secrets'][0]['value']),
        'wrong plain': lambda p, e, n: e[0]['secrets'][0].__setitem__('plain', e[0]['secrets'][0]['plain'] + 'x'),
        'extra occurrence': lambda p, e, n: p[7].__setitem__('text', p[7]['text'] + p[7]['secrets'][0]['value']),
        'plain in negative': lambda p, e, n: n[1].__setitem__('text', n[1]['text'] + e[2]['secrets'][0]['plain']),
        'dup negative': lambda p, e, n: n[2].__setitem__('text', n[3]['text']),
        'plain verbatim': lambda p, e, n: e[4].__setitem__('text', e[4]['text'] + e[4]['secrets'][0]['plain']),
        'deny-listed container': lambda p, e, n: n[5].__setitem__('container', 'postgres_bytea_hex_output'),
        'private key armour': lambda p, e, n: n[6].__setitem__('text', '-----BEGIN OPENSSH PRIVATE KEY-----'),
        'wrong id prefix': lambda p, e, n: p[9].__setitem__('id', 'p78-s-0010'),
        'deny-listed language': lambda p, e, n: [r.__setitem__('container', r['container'].split('__')[0] + '__ita') for r in p if r['source'] == 'prose'][:1],
        'value copied': lambda p, e, n: p[11].__setitem__('text', p[11]['text'] + p[200]['secrets'][0]['value']),
    }
    for name, f in tests.items():
        assert caught(f), 'mutation not caught: ' + name
    return len(tests)


def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def main():
    frozen = denylist.load()
    a = generate(frozen); b = generate(frozen)
    outs_a = [dump(x) for x in a]; outs_b = [dump(x) for x in b]
    assert outs_a == outs_b, 'non-deterministic'
    check(*a, frozen)
    nm = mutations(*a, frozen)
    ra = readme81.render(*a, frozen, nm); rb = readme81.render(*b, frozen, nm)
    assert ra == rb
    for name, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], outs_a):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as fh:
            fh.write(s)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(ra)
    print('ok', len(a[0]), len(a[1]), len(a[2]), 'mutations', nm)


if __name__ == '__main__':
    main()
