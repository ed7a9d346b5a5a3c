"""Build p51: python3 build.py  (python3 build.py --freeze re-extracts the brief deny-list once)."""
import copy, json, os, re, sys
import denylist, common, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC
from gen_decoders import DEC

HERE = os.path.dirname(os.path.abspath(__file__))
NN = '51'


def generate():
    d = denylist.load()
    pool = common.Pool()
    ev, use = gen_everyday.generate(pool)
    ve = gen_vendor.generate(pool)
    pw = gen_passwords.generate(pool)
    pr, langs, dropped, spare = gen_prose.generate(pool, lambda c, n: denylist.language_ok(c, n, d))
    es = gen_evasions.generate(pool)
    ng, docvals = gen_negatives.generate()
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos, 1):
        x['id'] = 'p%s-s-%04d' % (NN, i)
    for i, x in enumerate(es, 1):
        x['id'] = 'p%s-e-%04d' % (NN, i)
    for i, x in enumerate(ng, 1):
        x['id'] = 'p%s-n-%04d' % (NN, i)
    meta = dict(deny=d, langs=langs, dropped=dropped, spare=spare, docvals=docvals, use=use)
    return pos, es, ng, meta


def own_names():
    n = set(gen_everyday.C) | set(gen_vendor.STYLES) | {v[0] for v in gen_vendor.V} | {p[0] for p in gen_passwords.P}
    n |= set(gen_passwords.SUFFIXES) | set(gen_prose.FORMATS) | {gen_prose.SPAN} | set(ENC) | set(gen_evasions.WORDINGS)
    n |= set(gen_evasions.LAYOUT.values())
    for kinds in gen_negatives.BASE.values():
        n |= set(kinds)
    n |= {w.strip('_') for w in gen_negatives.WRAPPERS if w} | {'tax_or_business_registration_number'}
    n |= set(gen_negatives.doc_values())
    return n


def count_occ(text, v):
    c, i = 0, text.find(v)
    while i >= 0:
        c += 1
        i = text.find(v, i + 1)
    return c


def check(pos, es, ng, meta):
    errs = []
    ids = [x['id'] for x in pos + es + ng]
    if len(ids) != len(set(ids)):
        errs.append('dup ids')
    for x in pos + es:
        if not re.fullmatch(r'p51-[se]-\d{4}', x['id']):
            errs.append('bad id ' + x['id'])
        t = x['text']
        if common.MARK in t or '{V}' in t or '\x00' in t:
            errs.append('marker left ' + x['id'])
        last = -1
        for s in x['secrets']:
            if t[s['start']:s['end']] != s['value']:
                errs.append('slice ' + x['id'])
            if s['value'] != s['value'].strip() or s['start'] < last:
                errs.append('edge/sort ' + x['id'])
            last = s['end']
        if x['type'] != x['secrets'][0]['type']:
            errs.append('type ' + x['id'])
        for v in {s['value'] for s in x['secrets']}:
            if count_occ(t, v) != sum(1 for s in x['secrets'] if s['value'] == v):
                errs.append('occurrence count ' + x['id'])
        json.loads(json.dumps(x, ensure_ascii=False))
    vals = [s['value'] for x in pos + es for s in x['secrets']]
    if len(vals) != len(set(vals)):
        errs.append('value reused across records')
    # evasions
    plains = set()
    for x in es:
        s = x['secrets'][0]
        before = x['text'][:s['start']]
        try:
            got = DEC[s['encoding']](before, s['value'])
        except Exception as e:
            got = repr(e)
        if got != s['plain']:
            errs.append('decode ' + x['id'])
        if s['plain'] in x['text']:
            errs.append('plain verbatim ' + x['id'])
        if s['plain'] in vals or s['plain'] in plains:
            errs.append('plain reused ' + x['id'])
        plains.add(s['plain'])
    if set(ENC) != set(DEC) or any(sum(1 for x in es if x['encoding'] == e) != 3 for e in ENC):
        errs.append('encoding sets')
    # negatives
    texts = [x['text'] for x in ng]
    if len(texts) != len(set(texts)):
        errs.append('dup negative text')
    allv = [v for v in set(vals) | plains if len(v) >= 6]
    for x in ng:
        if not re.fullmatch(r'p51-n-\d{4}', x['id']):
            errs.append('bad id ' + x['id'])
        if 'PRIVATE KEY' in x['text']:
            errs.append('private key ' + x['id'])
        for v in allv:
            if v in x['text']:
                errs.append('positive value in negative ' + x['id'])
                break
    for dv in meta['docvals']:
        if not any(dv in t for t in texts) or any(dv in x['text'] for x in pos + es):
            errs.append('doc value placement ' + dv)
    # deny-list
    bad = denylist.check_names(own_names(), meta['deny'])
    if bad:
        errs.append('deny-list overlap %s' % bad[:5])
    for x in pos + es + ng:
        if denylist.check_names([x['container']], meta['deny']):
            errs.append('deny container ' + x['container'])
            break
    if any(not denylist.language_ok(c, n, meta['deny']) for c, n, _ in meta['langs']):
        errs.append('language')
    # counts
    src = lambda s: [x for x in pos if x['source'] == s]
    if len(src('everyday')) != 180 or len({x['container'] for x in src('everyday')}) != 45:
        errs.append('everyday count')
    if not 100 <= len(src('vendor')) <= 140 or not 90 <= len(src('password')) <= 120:
        errs.append('vendor/password count')
    if len(src('prose')) != 40 or len({c for c, _, _ in meta['langs']}) != 40:
        errs.append('prose count')
    if len(es) != 66 or len(ng) < 180 or len({x['class'] for x in ng}) != 16:
        errs.append('evasion/negative count')
    vt = [x['type'] for x in src('vendor')]
    pt = [x['type'] for x in src('password')]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt):
        errs.append('vendor/password types')
    return errs


def mutations(pos, es, ng, meta):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n): p[7]['text'] += ' ' + p[7]['secrets'][0]['value']
    def m5(p, e, n): n[1]['text'] += e[2]['secrets'][0]['plain']
    def m6(p, e, n): n[2]['text'] = n[3]['text']
    def m7(p, e, n): p[9]['container'] = 'pasted_console_session'
    def m8(p, e, n): e[4]['text'] += ' ' + e[4]['secrets'][0]['plain']
    caught = 0
    for m in (m1, m2, m3, m4, m5, m6, m7, m8):
        p, e, n = copy.deepcopy((pos, es, ng))
        m(p, e, n)
        if check(p, e, n, meta):
            caught += 1
        else:
            sys.exit('mutation not caught: ' + m.__name__)
    return caught


def dump(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)


def main():
    if '--freeze' in sys.argv:
        denylist.freeze()
    a = generate()
    b = generate()
    out_a = [dump(a[0]), dump(a[1]), dump(a[2])]
    out_b = [dump(b[0]), dump(b[1]), dump(b[2])]
    errs = check(*a)
    if errs:
        sys.exit('CHECKS FAILED:\n' + '\n'.join(errs[:40]))
    n_mut = mutations(*a)
    rd_a, rd_b = readme.render(*a, n_mut=n_mut), readme.render(*b, n_mut=n_mut)
    if out_a != out_b or rd_a != rd_b:
        sys.exit('non-deterministic output')
    for name, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], out_a):
        open(os.path.join(HERE, name), 'w', encoding='utf-8').write(s)
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(rd_a)
    print('ok: %d positives, %d evasions, %d negatives, %d mutations caught' % (len(a[0]), len(a[1]), len(a[2]), n_mut))


if __name__ == '__main__':
    main()
