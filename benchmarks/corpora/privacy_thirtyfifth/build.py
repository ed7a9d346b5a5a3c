"""Build privacy_thirtyfifth (p35). python3 build.py [--freeze]"""
import json, os, sys, collections, re
import denylist, common, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_decoders, gen_encodings
HERE = os.path.dirname(os.path.abspath(__file__))

def generate():
    pos = []
    for part in (gen_everyday, gen_vendor, gen_passwords, gen_prose):
        for kind, parts, src in part.gen():
            text, spans = common.build(parts)
            pos.append({'id': 'p35-s-%04d' % (len(pos) + 1), 'type': spans[0]['type'], 'container': kind, 'text': text, 'secrets': spans, 'source': src})
    ev = []
    for i, e in enumerate(gen_evasions.gen(), 1):
        ev.append({'id': 'p35-e-%04d' % i, 'type': e['type'], 'container': e['container'], 'text': e['text'], 'secrets': e['secrets'], 'source': 'evasion', 'encoding': e['encoding']})
    neg = [{'id': 'p35-n-%04d' % i, 'class': c, 'container': k, 'text': t, 'source': 'negative'} for i, (c, k, t) in enumerate(gen_negatives.gen(), 1)]
    return pos, ev, neg

def dump(rows):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows)

def check(pos, ev, neg):
    ids = [x['id'] for x in pos + ev + neg]
    assert len(ids) == len(set(ids))
    allv = collections.Counter()
    for x in pos + ev:
        assert json.loads(json.dumps(x, ensure_ascii=False)) == x
        t = x['text']; last = 0
        assert x['type'] == x['secrets'][0]['type']
        assert '\x00' not in t and '\x01' not in t and '{N}' not in t and '{HN}' not in t
        cnt = collections.Counter(s['value'] for s in x['secrets'])
        for s in x['secrets']:
            assert t[s['start']:s['end']] == s['value'], x['id']
            assert s['start'] >= last; last = s['end']
            assert s['value'] == s['value'].strip()
        for v, n in cnt.items():
            assert t.count(v) == n, (x['id'], v)
            allv[v] += 1
    assert all(n == 1 for n in allv.values()), [v for v, n in allv.items() if n > 1]
    # checksums
    for x in pos:
        for s in x['secrets']:
            for pre in ('ghp_', 'npm_'):
                if s['value'].startswith(pre): assert common.crc_ok(s['value'], pre)
    # evasions
    gen_decoders.selftest()
    assert set(gen_decoders.DEC) == set(gen_encodings.ENC) and len(gen_encodings.ENC) == 22
    plains = set()
    pv = {s['value'] for x in pos for s in x['secrets']}
    for x in ev:
        s = x['secrets'][0]
        assert gen_decoders.DEC[s['encoding']](s['value']) == s['plain'], x['id']
        assert s['plain'] not in x['text'] and s['plain'] not in pv and s['plain'] not in plains
        plains.add(s['plain'])
        ph = gen_encodings.ENC[s['encoding']][2]
        assert 0 <= x['text'].find(ph) < s['start']
    # negatives
    texts = [n['text'] for n in neg]
    assert len(set(texts)) == len(texts)
    bad = [v for v in pv | plains | {x['secrets'][0]['value'] for x in ev} if len(v) >= 6 and any(v in t for t in texts)]
    assert not bad, bad[:3]
    for t in texts:
        assert 'PRIVATE KEY' not in t
        for m in re.finditer(r'(ghp_|npm_)[A-Za-z0-9]{36}', t): assert not common.crc_ok(m.group(0), m.group(1))
    docvals = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'your-256-bit-secret', 'MWYyZDFlMmU2N2Rm', '94287082', '755224']
    for d in docvals:
        assert any(d in t for t in texts) and not any(d in x['text'] for x in pos + ev)
    # deny-list
    names = denylist.load()
    own = (list(gen_everyday.KINDS) + gen_vendor.STYLES + [t[0] for t in gen_vendor.T] + [r_[0] for r_ in gen_passwords.ROWS]
           + ['terminal_capture', 'settings_fragment'] + list(gen_prose.FORMATS) + [gen_prose.TYPE] + list(gen_encodings.ENC)
           + list(gen_evasions.WORDINGS) + gen_evasions.LAYOUTS + gen_negatives.KINDS + [w.strip('_') for w in gen_negatives.WRAP if w]
           + [k for k, _ in gen_negatives.docs()])
    ov = denylist.overlaps(own, names)
    assert not ov, ov
    lh = denylist.language_hits([(c, e) for c, e, _ in gen_prose.LANGS], names)
    assert not lh, lh
    # counts
    src = collections.Counter(x['source'] for x in pos)
    assert src['everyday'] == 180 and len(gen_everyday.KINDS) == 45
    assert 100 <= src['vendor'] <= 160 and 90 <= src['password'] <= 130 and src['prose'] == 40
    assert len({c for c, _, _ in gen_prose.LANGS}) == 40
    assert len(ev) == 66 and len(neg) >= 180 and len({n['class'] for n in neg}) == 16
    return len(own)

def main():
    if '--freeze' in sys.argv:
        denylist.freeze()
    a = generate(); b = generate()
    fa = [dump(x) for x in a]; fb = [dump(x) for x in b]
    assert fa == fb, 'non-deterministic'
    nown = check(*a)
    import readme
    ra = readme.render(*a, nown=nown); rb = readme.render(*b, nown=nown)
    assert ra == rb
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], fa):
        open(os.path.join(HERE, name), 'w', encoding='utf-8').write(data)
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok', [len(x) for x in a], 'own names', nown)
if __name__ == '__main__':
    main()
