"""Build the p41 corpus: python3 build.py  (python3 build.py --freeze re-extracts the deny-list once)."""
import sys, os, json, copy, re
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC
from gen_decoders import DEC

NN = '41'


def generate(data):
    pool = common.Pool()
    langs = [l for l in gen_prose.LANGS if denylist.language_ok(l[0], l[1], data)][:40]
    pos = gen_everyday.build(pool) + gen_vendor.build(pool) + gen_passwords.build(pool) + gen_prose.build(pool, langs)
    ev = gen_evasions.build(pool)
    neg = gen_negatives.build()
    for i, x in enumerate(pos, 1): x['id'] = 'p%s-s-%04d' % (NN, i)
    for i, x in enumerate(ev, 1): x['id'] = 'p%s-e-%04d' % (NN, i)
    for i, x in enumerate(neg, 1): x['id'] = 'p%s-n-%04d' % (NN, i)
    return pos, ev, neg, langs


def order(x, keys):
    return {k: x[k] for k in keys if k in x}


def serialise(pos, ev, neg):
    P = ''.join(json.dumps(order(x, ['id', 'type', 'container', 'text', 'secrets', 'source']), ensure_ascii=False) + '\n' for x in pos)
    E = ''.join(json.dumps(order(x, ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']), ensure_ascii=False) + '\n' for x in ev)
    N = ''.join(json.dumps(order(x, ['id', 'class', 'container', 'text', 'source']), ensure_ascii=False) + '\n' for x in neg)
    return P, E, N


def own_names(pos, ev, neg):
    names = set(gen_everyday.KINDS) | {t for t, *_ in gen_vendor.V} | {s for s, _ in gen_vendor.STYLES}
    names |= {t for t, _ in gen_passwords.P} | {p for p, *_ in gen_passwords.PRESENT} | set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(ENC) | {w for w, _ in gen_evasions.WORDINGS} | {l for l, *_ in gen_evasions.LAYOUTS}
    for cls, kinds in gen_negatives.BASE.items(): names |= set(kinds)
    names |= {w.lstrip('_') for w, _ in gen_negatives.WRAP if w} | {k for k, _ in gen_negatives.documentation()}
    return sorted(names)


def check(pos, ev, neg, langs, data):
    err = []
    ids = [x['id'] for x in pos + ev + neg]
    if len(ids) != len(set(ids)): err.append('duplicate ids')
    for x in pos: 
        if not re.fullmatch(r'p41-s-\d{4}', x['id']): err.append('bad id ' + x['id'])
    values = []
    for x in pos + ev:
        t = x['text']
        if '\x00' in t or re.search(r'\{(V|P|K|H|PH|X)\}', t): err.append('template marker ' + x['id'])
        last = -1
        for s in x['secrets']:
            if t[s['start']:s['end']] != s['value']: err.append('slice ' + x['id'])
            if s['value'] != s['value'].strip() or not s['value']: err.append('edge ws ' + x['id'])
            if s['start'] < last: err.append('unsorted ' + x['id'])
            last = s['end']
        if x['type'] != x['secrets'][0]['type']: err.append('type ' + x['id'])
        for v in {s['value'] for s in x['secrets']}:
            if t.count(v) != sum(1 for s in x['secrets'] if s['value'] == v): err.append('occurrence count ' + x['id'])
        values += [s['value'] for s in x['secrets']]
    if len(values) != len(set(values)): err.append('value reused across records')
    # evasions
    if set(ENC) != set(DEC) or len(ENC) != 22: err.append('enc/dec sets')
    for n in DEC:  # known-answer self-test with plain Hi7x (Hill needs an even length)
        import random
        ph, e = ENC[n]('Hi7x', random.Random(0))
        if DEC[n](ph, e) != 'Hi7x': err.append('selftest ' + n)
    cnt = {}
    plains = set()
    posvals = {s['value'] for x in pos for s in x['secrets']}
    for x in ev:
        s = x['secrets'][0]
        cnt[s['encoding']] = cnt.get(s['encoding'], 0) + 1
        before = x['text'][:s['start']]
        try:
            dec = DEC[s['encoding']](before, s['value'])
        except Exception as exc:
            dec = 'ERR %r' % exc
        if dec != s['plain']: err.append('decode %s %s' % (x['id'], s['encoding']))
        if s['plain'] in x['text']: err.append('plain verbatim ' + x['id'])
        if s['plain'] in posvals or s['plain'] in plains: err.append('plain reuse ' + x['id'])
        plains.add(s['plain'])
        if x['encoding'] != s['encoding']: err.append('enc field ' + x['id'])
    if any(v != 3 for v in cnt.values()) or len(cnt) != 22: err.append('3 per encoding')
    # negatives
    texts = [x['text'] for x in neg]
    if len(texts) != len(set(texts)): err.append('duplicate negative text')
    bad = [v for v in (posvals | plains) if len(v) >= 6]
    for x in neg:
        if 'PRIVATE KEY' in x['text']: err.append('private key ' + x['id'])
        for v in bad:
            if v in x['text']: err.append('leak into negative ' + x['id']); break
    docs = [t for _, t in gen_negatives.documentation()]
    for d in docs:
        if not any(d in t for t in texts): err.append('doc missing')
        tail = d.split()[-1]
        if any(tail in x['text'] for x in pos + ev): err.append('doc value in positives')
    # deny-list and languages
    ov = denylist.overlaps(own_names(pos, ev, neg), data)
    if ov: err.append('deny-list overlap %r' % ov[:5])
    if len(langs) != 40 or any(not denylist.language_ok(c, e, data) for c, e, _ in langs): err.append('languages')
    # counts
    src = {}
    for x in pos: src[x['source']] = src.get(x['source'], 0) + 1
    if src.get('everyday') != 180 or len({x['container'] for x in pos if x['source'] == 'everyday'}) != 45: err.append('everyday count')
    if not 100 <= src.get('vendor', 0) <= 140 or not 90 <= src.get('password', 0) <= 130 or src.get('prose') != 40: err.append('part counts %r' % src)
    if len(ev) != 66 or len(neg) < 180 or len({x['class'] for x in neg}) != 16: err.append('ev/neg counts')
    vt = [x['type'] for x in pos if x['source'] in ('vendor', 'password')]
    if len(vt) != len(set(vt)): err.append('vendor/password types not unique')
    return err


def mutations(pos, ev, neg, langs, data):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] = 'WrongPlain123'
    def m4(p, e, n): p[3]['text'] += ' ' + p[3]['secrets'][0]['value']
    def m5(p, e, n): n[1]['text'] += ' ' + e[2]['secrets'][0]['plain']
    def m6(p, e, n): n[2]['text'] = n[3]['text']
    caught = 0
    for m in (m1, m2, m3, m4, m5, m6):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if check(p, e, n, langs, data): caught += 1
    if denylist.overlaps(['tmux_capture_pane_dump', 'foo__pgpass_fifth_field_line'], data): caught += 1
    return caught


def main():
    if '--freeze' in sys.argv:
        denylist.freeze()
    data = denylist.load()
    a = generate(data); b = generate(data)
    sa = serialise(*a[:3]); sb = serialise(*b[:3])
    ra = readme.render(*a, own=len(own_names(*a[:3])), data=data); rb = readme.render(*b, own=len(own_names(*b[:3])), data=data)
    if sa != sb or ra != rb: raise SystemExit('non-deterministic output')
    err = check(*a, data)
    if err: raise SystemExit('checks failed:\n' + '\n'.join(err[:40]))
    caught = mutations(*a, data)
    if caught != 7: raise SystemExit('mutation tests: only %d/7 caught' % caught)
    for name, content in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], sa):
        open(os.path.join(HERE, name), 'w', encoding='utf-8').write(content)
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok: %d positives, %d evasions, %d negatives; all checks and 7/7 mutation tests passed' % (len(a[0]), len(a[1]), len(a[2])))


if __name__ == '__main__':
    main()
