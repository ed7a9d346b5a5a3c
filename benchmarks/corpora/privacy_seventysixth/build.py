"""Build the p76 corpus: generate twice, check everything, run mutation tests, then write."""
import copy, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme76
from encodings76 import ENC
from decoders76 import DEC, decode

NN = '76'


def generate(frozen):
    pool = common.Pool()
    pos = gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool) + gen_prose.generate(pool, frozen)
    ev = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    out = []
    for i, x in enumerate(pos, 1):
        out.append(dict(id='p%s-s-%04d' % (NN, i), **x))
    evs = [dict(id='p%s-e-%04d' % (NN, i), **x) for i, x in enumerate(ev, 1)]
    negs = [dict(id='p%s-n-%04d' % (NN, i), **x) for i, x in enumerate(neg, 1)]
    return out, evs, negs


def own_names():
    names = set(k for k, _ in gen_everyday.KINDS)
    names |= set(t for t in gen_everyday.TYPES if t not in gen_everyday.REPEATED)
    names |= set(v[0] for v in gen_vendor.VENDORS) | set(s for s, _ in gen_vendor.STYLES)
    names |= set(s[0] for s in gen_passwords.SYNTAX) | set(gen_passwords.SUFFIX.values())
    names |= set(f for f, _ in gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(ENC) | set(w for w, _ in gen_evasions.WORDINGS)
    names |= set(k for _, ks in gen_negatives.CLASSES for k, _ in ks) | set(w for w, _ in gen_negatives.WRAPPERS)
    names |= set('in_' + w for w, _ in gen_negatives.WRAPPERS) | set(k for k, _ in gen_negatives.DOCS)
    names |= set(gen_negatives.NEW_CLASSES)
    return names


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n


def check(pos, evs, negs, frozen):
    fn = set(frozen['names'])
    ids = [r['id'] for r in pos + evs + negs]
    assert len(ids) == len(set(ids)), 'duplicate id'
    for r in pos: assert re.fullmatch(r'p76-s-\d{4}', r['id']), r['id']
    for r in evs: assert re.fullmatch(r'p76-e-\d{4}', r['id']), r['id']
    for r in negs: assert re.fullmatch(r'p76-n-\d{4}', r['id']), r['id']
    allvals = []
    for r in pos + evs:
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
        assert '\ue000' not in r['text'] and '\0' not in r['text'], r['id']
        assert len(r['secrets']) == 1 and r['type'] == r['secrets'][0]['type'], r['id']
        for s in r['secrets']:
            v = s['value']
            assert r['text'][s['start']:s['end']] == v, ('slice', r['id'])
            assert v == v.strip() and v, ('edge ws', r['id'])
            assert count_overlapping(r['text'], v) == 1, ('occurrences', r['id'])
            allvals.append((v, r['id']))
    vals = [v for v, _ in allvals]
    assert len(vals) == len(set(vals)), 'value reused'
    texts = {r['id']: r['text'] for r in pos + evs}
    big = [(v, i) for v, i in allvals if len(v) >= 6]
    for v, i in big:
        for rid, t in texts.items():
            if rid != i and v in t:
                raise AssertionError(('value in other record', i, rid))
    plains = [r['secrets'][0]['plain'] for r in evs]
    assert len(set(plains)) == len(plains)
    for r in evs:
        s = r['secrets'][0]
        assert sorted(s) == sorted(['value', 'start', 'end', 'type', 'plain', 'encoding']), r['id']
        assert s['encoding'] == r['encoding'] and decode(s['encoding'], s['value']) == s['plain'], ('decode', r['id'])
        assert s['plain'] not in r['text'], ('plain verbatim', r['id'])
        assert re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain'])
        for rid, t in texts.items():
            if rid != r['id'] and s['plain'] in t:
                raise AssertionError(('plain elsewhere', r['id'], rid))
    assert set(ENC) == set(DEC) and len(ENC) == 22
    from collections import Counter
    assert all(n == 3 for n in Counter(r['encoding'] for r in evs).values()) and len(evs) == 66
    # negatives
    nt = [r['text'] for r in negs]
    assert len(nt) == len(set(nt)), 'duplicate negative'
    for r in negs:
        assert 'PRIVATE KEY' not in r['text'], r['id']
        for v in set(vals) | set(plains):
            if len(v) >= 6 and v in r['text']:
                raise AssertionError(('positive in negative', r['id']))
    docs = [gen_negatives.PKCE_VERIFIER, gen_negatives.PKCE_CHALLENGE, gen_negatives.TOTP_SEED_B32,
            gen_negatives.HOTP_SECRET_HEX, gen_negatives.BASIC_ALADDIN, gen_negatives.DIGEST_RESPONSE]
    for d in docs:
        assert any(d in t for t in nt) and not any(d in t for t in texts.values()), d
    rc = gen_negatives.recompute(); assert all(rc.values()), rc
    # deny-list
    for n in own_names():
        bad = denylist.overlaps(n, fn)
        assert not bad, ('deny-listed name', n, bad)
    for r in pos + evs + negs:
        parts = r['container'].split('__')
        if r['source'] == 'prose':
            parts = parts[:1]
            code = r['container'].split('__')[1]
            assert code in [c for c, _, _ in gen_prose.select(frozen)[0]]
        for p in [r['container']] + parts:
            assert p.lower() not in fn, ('deny-listed container', r['id'], p)
    langs, _, _ = gen_prose.select(frozen)
    for code, eng, _ in langs:
        assert denylist.language_ok(code, eng, frozen), code
    # counts
    src = Counter(r['source'] for r in pos)
    assert src['everyday'] == 180 and len(set(r['container'] for r in pos if r['source'] == 'everyday')) == 45
    assert 100 <= src['vendor'] <= 140 and 90 <= src['password'] <= 140 and src['prose'] == 40
    assert len(set(r['container'].split('__')[1] for r in pos if r['source'] == 'prose')) == 40
    assert len(negs) >= 180 and len(set(r['class'] for r in negs)) == 16
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    assert len(vt) == len(set(vt)) and len(pt) == len(set(pt)) and not (set(vt) & set(pt))
    assert not ((set(vt) | set(pt)) & set(gen_everyday.TYPES))


def serial(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def mutations(pos, evs, negs, frozen):
    def bad(fn):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        fn(p, e, n)
        try:
            check(p, e, n, frozen)
        except (AssertionError, KeyError, ValueError, AttributeError, IndexError, UnicodeDecodeError):
            return True
        return False
    tests = {
        'shifted start': lambda p, e, n: p[3]['secrets'][0].__setitem__('start', p[3]['secrets'][0]['start'] + 1),
        'shortened end': lambda p, e, n: p[200]['secrets'][0].__setitem__('end', p[200]['secrets'][0]['end'] - 1),
        'positive in negative': lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + p[10]['secrets'][0]['value']),
        'wrong plain': lambda p, e, n: e[5]['secrets'][0].__setitem__('plain', 'x' + e[5]['secrets'][0]['plain']),
        'extra occurrence': lambda p, e, n: p[20].__setitem__('text', p[20]['text'] + p[20]['secrets'][0]['value']),
        'plain in negative': lambda p, e, n: n[9].__setitem__('text', n[9]['text'] + e[9]['secrets'][0]['plain']),
        'duplicate negative': lambda p, e, n: n[1].__setitem__('text', n[2]['text']),
        'plain verbatim': lambda p, e, n: e[0].__setitem__('text', e[0]['text'] + e[0]['secrets'][0]['plain']),
        'deny-listed container part': lambda p, e, n: p[0].__setitem__('container', p[0]['container'] + '__mail_gateway_systemd_dropin__hl7_gateway_wire_trace'),
        'deny-listed encoding as container': lambda p, e, n: n[4].__setitem__('container', 'rlp_byte_string_hex'),
        'truncated run': lambda p, e, n: (e[12].__setitem__('text', e[12]['text'][:e[12]['secrets'][0]['end'] - 1] + e[12]['text'][e[12]['secrets'][0]['end']:]), e[12]['secrets'][0].__setitem__('value', e[12]['secrets'][0]['value'][:-1]), e[12]['secrets'][0].__setitem__('end', e[12]['secrets'][0]['end'] - 1)),
        'private key armour': lambda p, e, n: n[5].__setitem__('text', n[5]['text'] + '-----BEGIN OPENSSH PRIVATE KEY-----'),
        'wrong id prefix': lambda p, e, n: p[1].__setitem__('id', 'p73-s-0002'),
        'value copied to other record': lambda p, e, n: p[50].__setitem__('text', p[50]['text'] + ' ' + p[51]['secrets'][0]['value']),
        'deny-listed language container': lambda p, e, n: p[-1].__setitem__('container', p[-1]['container'].split('__')[0] + '__fi'),
    }
    for name, fn in tests.items():
        assert bad(fn), 'mutation not caught: ' + name
    return len(tests)


def main():
    frozen = denylist.load()
    a = generate(frozen); b = generate(frozen)
    for x, y in zip(a, b):
        assert serial(x) == serial(y), 'non-deterministic'
    pos, evs, negs = a
    check(pos, evs, negs, frozen)
    nmut = mutations(pos, evs, negs, frozen)
    ra = readme76.render(pos, evs, negs, frozen, nmut); rb = readme76.render(*b, frozen, nmut)
    assert ra == rb
    for name, recs in (('secrets.jsonl', pos), ('evasions.jsonl', evs), ('negatives.jsonl', negs)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as fh:
            fh.write(serial(recs))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(ra)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(pos), len(evs), len(negs), nmut))


if __name__ == '__main__':
    main()
