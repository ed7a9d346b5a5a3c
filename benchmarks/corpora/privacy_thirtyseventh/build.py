"""Build privacy_thirtyseventh (p37). python3 build.py [--freeze]"""
import copy, json, os, re, sys
from collections import Counter
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_decoders
from gen_encodings import ENC, PHRASE
from common import gh_checksum_ok
import readme

HERE = os.path.dirname(os.path.abspath(__file__))


def generate():
    pos = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate()
    for i, rec in enumerate(pos):
        rec_id = 'p37-s-%04d' % (i + 1)
        pos[i] = dict(id=rec_id, **rec)
    ev = gen_evasions.generate()
    layouts = Counter(e.pop('_layout') for e in ev)
    ev = [dict(id='p37-e-%04d' % (i + 1), **e) for i, e in enumerate(ev)]
    neg = [dict(id='p37-n-%04d' % (i + 1), **n) for i, n in enumerate(gen_negatives.generate())]
    return pos, ev, neg, layouts


def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def check(pos, ev, neg, data):
    ids = [r['id'] for r in pos + ev + neg]
    assert len(ids) == len(set(ids))
    for r in pos + ev + neg:
        assert re.fullmatch(r'p37-[sen]-\d{4}', r['id'])
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
        assert '\x00' not in r['text'] and '\x01' not in r['text'] and '⟪V⟫' not in r['text']
        assert not re.search(r'\{[A-Z][A-Z0-9_]*\}', r['text']), r['id']
    allvals = Counter()
    for r in pos + ev:
        sp = r['secrets']
        assert r['type'] == sp[0]['type']
        last = -1
        for s in sp:
            assert r['text'][s['start']:s['end']] == s['value'], r['id']
            assert s['start'] >= last; last = s['end']
            assert s['value'] == s['value'].strip()
        for v, n in Counter(s['value'] for s in sp).items():
            assert r['text'].count(v) == n, (r['id'], v)
            allvals[v] += 1
    assert max(allvals.values()) == 1, 'value reused across records'
    for r in pos:
        for s in r['secrets']:
            if s['value'][:4] in ('ghp_', 'npm_', 'gho_', 'ghs_', 'ghu_'):
                assert gh_checksum_ok(s['value']), r['id']
    # evasions
    n_self = gen_decoders.self_test()
    assert set(gen_decoders.DEC) == set(ENC) and len(ENC) == 22
    posvals = {s['value'] for r in pos for s in r['secrets']}
    plains = set()
    for r in ev:
        s = r['secrets'][0]
        assert gen_decoders.DEC[s['encoding']](s['value']) == s['plain'], r['id']
        assert s['plain'] not in r['text'] and s['plain'] not in posvals and s['plain'] not in plains
        plains.add(s['plain'])
        assert r['text'].index(PHRASE[s['encoding']]) < s['start']
    # negatives
    assert len({n['text'] for n in neg}) == len(neg)
    forbidden = [v for v in posvals | plains | {s['value'] for r in ev for s in r['secrets']} if len(v) >= 6]
    for n in neg:
        assert 'PRIVATE KEY' not in n['text']
        for v in forbidden:
            assert v not in n['text'], (n['id'], v)
        for tok in re.findall(r'\b(?:ghp|npm)_[A-Za-z0-9]{36}\b', n['text']):
            assert not gh_checksum_ok(tok)
    alltext = ''.join(n['text'] for n in neg)
    postext = ''.join(r['text'] for r in pos + ev)
    for d in gen_negatives.DOC_VALUES:
        assert d in alltext and d not in postext
    # deny-list
    own = set()
    own |= set(gen_everyday.KINDS)
    own |= set(gen_vendor.CONFIG) | set(gen_vendor.HEADER)
    own |= {t for t, *_ in gen_vendor.V}
    own |= {t for t, *_ in gen_passwords.P} | {'ci_log_line', 'repo_file_excerpt'}
    own |= set(gen_prose.FORMATS) | {'staging_deploy_console_password'}
    own |= set(ENC) | set(gen_evasions.WORDINGS) | {'same_line_trailing', 'own_lines_below'}
    own |= {k for c in gen_negatives.K.values() for k in c} | {w.strip('_') for w in gen_negatives.WRAP if w}
    own |= {k for k, _ in gen_negatives.docs()}
    n_own = denylist.check_names(sorted(own), data)
    denylist.check_languages([(c, n) for c, n, _ in gen_prose.LANGS], data)
    # counts
    src = Counter(r['source'] for r in pos)
    assert src['everyday'] == 160 and len(gen_everyday.KINDS) == 40
    assert 90 <= src['vendor'] <= 130 and 90 <= src['password'] <= 120 and src['prose'] == 40
    assert len({c for c, _, _ in gen_prose.LANGS}) == 40
    assert len(ev) == 66 and Counter(r['encoding'] for r in ev) == Counter({e: 3 for e in ENC})
    assert 230 <= len(neg) and len({n['class'] for n in neg}) >= 20
    for part in ('vendor', 'password'):
        ts = [r['type'] for r in pos if r['source'] == part]
        assert len(ts) == len(set(ts))
    return n_own, n_self


def main():
    if '--freeze' in sys.argv:
        denylist.freeze()
    data = denylist.load()
    a = generate(); b = generate()
    outs_a = [dump(x) for x in a[:3]]; outs_b = [dump(x) for x in b[:3]]
    assert outs_a == outs_b, 'non-deterministic'
    pos, ev, neg, layouts = a
    n_own, n_self = check(pos, ev, neg, data)
    # mutation tests on deep copies: each must be caught
    muts = 0
    for mut in ('shift', 'negleak', 'plain', 'extra'):
        p2, e2, n2 = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        if mut == 'shift': p2[3]['secrets'][0]['start'] += 1
        if mut == 'negleak': n2[0]['text'] += ' ' + pos[0]['secrets'][0]['value']
        if mut == 'plain': e2[0]['secrets'][0]['plain'] += 'x'
        if mut == 'extra': p2[5]['text'] += '\n' + p2[5]['secrets'][0]['value']
        try:
            check(p2, e2, n2, data)
        except (AssertionError, KeyError):
            muts += 1
    assert muts == 4
    try:
        denylist.check_names(['shell_session'], data); raise SystemExit('deny-list mutation not caught')
    except SystemExit as ex:
        assert 'overlap' in str(ex)
    r1 = readme.render(pos, ev, neg, layouts, n_own, n_self)
    r2 = readme.render(*b[:3], b[3], n_own, n_self)
    assert r1 == r2
    for name, content in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), outs_a):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as fh:
            fh.write(content)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(r1)
    print('ok', len(pos), len(ev), len(neg), 'own names', n_own)


if __name__ == '__main__':
    main()
