"""Build the p62 corpus: generate twice, check, run mutation tests, then write."""
import copy, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, gen_decoders, readme

NN = '62'

def generate():
    d = denylist.load()
    ids = {'pool': common.Pool()}
    ev = gen_everyday.build(ids)
    ve = gen_vendor.build(ids)
    pw = gen_passwords.build(ids)
    pr, langs, bad_langs = gen_prose.build(ids, d)
    pos = ev + ve + pw + pr
    for i, r in enumerate(pos, 1):
        r['id'] = 'p%s-s-%04d' % (NN, i)
    eva = gen_evasions.build(ids)
    for i, r in enumerate(eva, 1):
        r['id'] = 'p%s-e-%04d' % (NN, i)
    neg = []
    for i, r in enumerate(gen_negatives.build(), 1):
        neg.append({'id': 'p%s-n-%04d' % (NN, i), 'class': r['class'], 'container': r['container'], 'text': r['text'], 'source': 'negative'})
    pos = [{k: r[k] for k in ('id', 'type', 'container', 'text', 'secrets', 'source')} for r in pos]
    eva = [{k: r[k] for k in ('id', 'type', 'container', 'text', 'secrets', 'source', 'encoding')} for r in eva]
    meta = {'langs': langs, 'bad_langs': bad_langs, 'deny': d}
    return pos, eva, neg, meta

def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)

def own_names():
    n = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES)
    n |= {v[0] for v in gen_vendor.VENDORS} | set(gen_vendor.STYLES)
    n |= {x[0] for x in gen_passwords.SYN} | set(gen_passwords.SUFFIX.values())
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    n |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS)
    n |= {k for ks in gen_negatives.CLASSES.values() for k, _ in ks} | set(gen_negatives.WRAPPERS)
    n |= set(gen_negatives.DOCS) | set(gen_negatives.NEW_CLASSES)
    return n

def check(pos, eva, neg, meta):
    d = meta['deny']
    errs = []
    def E(m): errs.append(m)
    allids = [r['id'] for r in pos + eva + neg]
    if len(set(allids)) != len(allids): E('duplicate ids')
    for r in pos: 
        if not re.fullmatch(r'p62-s-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in eva:
        if not re.fullmatch(r'p62-e-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in neg:
        if not re.fullmatch(r'p62-n-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in pos + eva + neg:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E('json roundtrip ' + r['id'])
    seen = {}
    for r in pos + eva:
        t = r['text']
        if '\x00' in t or '@@' in t: E('slot/NUL left ' + r['id'])
        sp = r['secrets']
        if r['type'] != sp[0]['type']: E('type mismatch ' + r['id'])
        if sorted(sp, key=lambda x: x['start']) != sp: E('unsorted ' + r['id'])
        cnt = {}
        for x in sp:
            v = x['value']
            if t[x['start']:x['end']] != v: E('slice ' + r['id'])
            if v != v.strip() or not v: E('edge whitespace ' + r['id'])
            cnt[v] = cnt.get(v, 0) + 1
            if v in seen and seen[v] != r['id']: E('value reused ' + r['id'])
            seen[v] = r['id']
        for v, c in cnt.items():
            if common.count_overlapping(t, v) != c: E('occurrence count ' + r['id'])
    plains = set()
    for r in eva:
        x = r['secrets'][0]
        if set(x) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: E('evasion fields ' + r['id'])
        if x['encoding'] != r['encoding']: E('encoding field ' + r['id'])
        try:
            dec = gen_decoders.DEC[x['encoding']](r['text'][:x['start']], x['value'])
        except Exception as ex:
            dec = None
        if dec != x['plain']: E('decode ' + r['id'])
        if x['plain'] in r['text']: E('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', x['plain']): E('plain alphabet ' + r['id'])
        if x['plain'] in plains or x['plain'] in seen: E('plain reused ' + r['id'])
        plains.add(x['plain'])
    if set(gen_decoders.DEC) != set(gen_encodings.ENC) or len(gen_encodings.ENC) != 22: E('enc/dec sets')
    from collections import Counter
    ce = Counter(r['encoding'] for r in eva)
    if any(v != 3 for v in ce.values()) or len(ce) != 22: E('3 per encoding')
    posvals = {x['value'] for r in pos for x in r['secrets']} | {x['value'] for r in eva for x in r['secrets']}
    bad6 = [v for v in posvals | plains if len(v) >= 6]
    texts = set()
    for r in neg:
        t = r['text']
        if t in texts: E('dup negative ' + r['id'])
        texts.add(t)
        if 'PRIVATE KEY' in t: E('private key in negative ' + r['id'])
        for v in bad6:
            if v in t: E('positive value in negative ' + r['id'])
    rc = gen_negatives.recompute()
    if rc != gen_negatives.PUBLISHED: E('documentation values differ from published')
    for v in rc.values():
        if not any(v in r['text'] for r in neg): E('doc value missing')
        if any(v in r['text'] for r in pos + eva): E('doc value in positives')
    # deny-list
    ov = denylist.overlaps(sorted(own_names() | {r['container'] for r in pos + eva + neg}), d)
    if ov: E('deny-list overlap: %s' % ov[:5])
    for code, name, _ in meta['langs']:
        if denylist.lang_bad(code, name, d): E('deny-listed language ' + code)
    # counts
    src = Counter(r['source'] for r in pos)
    if src['everyday'] != 180 or len({r['container'] for r in pos if r['source'] == 'everyday'}) != 45: E('everyday count')
    if not 100 <= src['vendor'] <= 140: E('vendor count')
    if not 90 <= src['password'] <= 125: E('password count')
    if src['prose'] != 40 or len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40: E('prose count')
    if len(eva) != 66: E('evasion count')
    if len(neg) < 180 or len({r['class'] for r in neg}) != 16: E('negative count')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    et = {r['type'] for r in pos if r['source'] == 'everyday'}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: E('type uniqueness')
    return errs

def mutations(pos, eva, neg, meta):
    def m1(p, e, n, m): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n, m): p[3]['secrets'][0]['end'] -= 1
    def m3(p, e, n, m): n[0]['text'] += p[10]['secrets'][0]['value']
    def m4(p, e, n, m): e[0]['secrets'][0]['plain'] += 'x'
    def m5(p, e, n, m): p[7]['text'] += ' ' + p[7]['secrets'][0]['value']
    def m6(p, e, n, m): n[4]['text'] += e[5]['secrets'][0]['plain']
    def m7(p, e, n, m): n[1]['text'] = n[0]['text']
    def m8(p, e, n, m): e[2]['text'] += e[2]['secrets'][0]['plain']
    def m9(p, e, n, m): p[0]['container'] += '__ota_update_state_script'
    def m10(p, e, n, m): p[1]['container'] = 'plc_st_string_constant'
    def m11(p, e, n, m):
        x = e[9]['secrets'][0]; x['value'] = x['value'][:-2]; x['end'] -= 2
        e[9]['text'] = e[9]['text'][:x['end']] + e[9]['text'][x['end'] + 2:]
    def m12(p, e, n, m): n[2]['text'] += '\n-----BEGIN OPENSSH PRIVATE KEY-----\n'
    def m13(p, e, n, m): m['langs'] = m['langs'] + [('fi', 'Finnish', '')]
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13]
    for f in ms:
        p, e, n, m = copy.deepcopy((pos, eva, neg, {k: v for k, v in meta.items()}))
        f(p, e, n, m)
        if not check(p, e, n, m):
            raise SystemExit('mutation not caught: ' + f.__name__)
    return len(ms)

def main():
    a = generate(); b = generate()
    ra = readme.render(*a); rb = readme.render(*b)
    outs_a = [dumps(a[0]), dumps(a[1]), dumps(a[2]), ra]
    outs_b = [dumps(b[0]), dumps(b[1]), dumps(b[2]), rb]
    if outs_a != outs_b:
        raise SystemExit('non-deterministic output')
    errs = check(*a)
    if errs:
        raise SystemExit('checks failed:\n' + '\n'.join(errs[:30]))
    nm = mutations(*a)
    for fn, content in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], outs_a):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(content)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(a[0]), len(a[1]), len(a[2]), nm))

if __name__ == '__main__':
    main()
