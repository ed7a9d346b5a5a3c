"""Build p68: python3 build.py  (stdlib only, deterministic, no clock / network / environment)."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, gen_decoders
import readme

HERE = os.path.dirname(os.path.abspath(__file__))
NN = '68'

def generate():
    names, langs, words = denylist.load()
    pool = common.Pool()
    pos = gen_everyday.build(pool) + gen_vendor.build(pool) + gen_passwords.build(pool) + gen_prose.build(pool, names, langs, words)
    ev = gen_evasions.build(pool)
    neg = gen_negatives.build()
    recs = []
    for i, x in enumerate(pos, 1):
        recs.append(dict(id='p%s-s-%04d' % (NN, i), **x))
    evs = [dict(id='p%s-e-%04d' % (NN, i), **x) for i, x in enumerate(ev, 1)]
    negs = [dict(id='p%s-n-%04d' % (NN, i), **x) for i, x in enumerate(neg, 1)]
    return recs, evs, negs

def dump(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)

def occ(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n

def own_names(pos, evs, negs):
    """All names this corpus introduces (checked against the deny-list)."""
    n = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES)
    n |= {l.split('|')[0] for l in gen_vendor.SPEC.strip().splitlines()} | set(gen_vendor.STYLES)
    n |= {l.split('|')[0] for l in gen_passwords.SPEC.strip().splitlines()} | {v[0] for v in gen_passwords.SUFFIX.values()}
    n |= set(gen_prose.FORMATS) | {gen_prose.TYPE} | set(gen_encodings.NAMES) | set(gen_evasions.WORDINGS)
    n |= {k for d in gen_negatives.BASE.values() for k in d} | set(gen_negatives.WRAP) | set(gen_negatives.doc_values())
    n |= {'reservation_record_locator'}
    for r in pos + evs + negs:
        n.add(r['container'])
    return n

REPEATABLE = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)

def check(pos, evs, negs, names=None, langs=None, words=None):
    if names is None:
        names, langs, words = denylist.load()
    E = []
    allr = pos + evs + negs
    ids = [r['id'] for r in allr]
    if len(set(ids)) != len(ids): E.append('duplicate ids')
    for r in allr:
        if not re.fullmatch(r'p68-[sen]-\d{4}', r['id']): E.append('bad id ' + r['id'])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E.append('json ' + r['id'])
    seen = {}
    for r in pos + evs:
        t = r['text']
        if '\ue000' in t or '\ue001' in t or '\x00' in t: E.append('marker ' + r['id'])
        sp = r['secrets']
        if r['type'] != sp[0]['type']: E.append('type ' + r['id'])
        if sp != sorted(sp, key=lambda s: s['start']): E.append('unsorted ' + r['id'])
        for s in sp:
            v = s['value']
            if t[s['start']:s['end']] != v: E.append('slice ' + r['id'])
            if v != v.strip(): E.append('edge ws ' + r['id'])
            if occ(t, v) != sum(1 for x in sp if x['value'] == v): E.append('count ' + r['id'])
            key = s.get('plain', v)
            if key in seen and seen[key] != r['id']: E.append('reused value %s %s' % (r['id'], seen[key]))
            seen[key] = r['id']
            if v in seen and seen[v] != r['id']: E.append('reused value %s' % r['id'])
            seen[v] = r['id']
    posvals = {s['value'] for r in pos for s in r['secrets']}
    plains = {s['plain'] for r in evs for s in r['secrets']}
    for r in evs:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: E.append('fields ' + r['id'])
        if s['encoding'] != r['encoding']: E.append('enc field ' + r['id'])
        try:
            d = gen_decoders.DEC[s['encoding']](r['text'][:s['start']], s['value'])
        except Exception as e:
            d = None
        if d != s['plain']: E.append('decode ' + r['id'])
        if s['plain'] in r['text']: E.append('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E.append('plain alphabet ' + r['id'])
        if s['plain'] in posvals: E.append('plain is positive ' + r['id'])
    if set(gen_encodings.ENC) != set(gen_decoders.DEC) or len(gen_decoders.DEC) != 22: E.append('enc/dec sets')
    from collections import Counter
    ce = Counter(r['encoding'] for r in evs)
    if set(ce.values()) != {3} or len(ce) != 22: E.append('3 per encoding')
    texts = [r['text'] for r in negs]
    if len(set(texts)) != len(texts): E.append('duplicate negative text')
    docs = {v for v, _ in gen_negatives.doc_values().values()}
    for r in negs:
        for v in posvals | plains:
            if len(v) >= 6 and v in r['text']: E.append('secret in negative ' + r['id']); break
        if 'PRIVATE KEY' in r['text']: E.append('private key ' + r['id'])
    for dv in docs:
        if not any(dv in t for t in texts): E.append('doc missing')
        if any(dv in r['text'] for r in pos + evs): E.append('doc value in positive')
    # deny-list
    for n in own_names(pos, evs, negs):
        for p in [n] + n.split('__'):
            if p.lower() in names and p not in REPEATABLE: E.append('deny-listed name ' + p)
    chosen, _, _ = gen_prose.select(names, langs, words)
    codes = {r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}
    okcodes = {c[0] for c in chosen}
    for c in codes:
        if c not in okcodes: E.append('deny-listed language ' + c)
    if len(codes) != 40: E.append('40 languages')
    # counts
    src = Counter(r['source'] for r in pos)
    if src['everyday'] != 180 or len({r['container'] for r in pos if r['source'] == 'everyday'}) != 45: E.append('everyday count')
    if not 100 <= src['vendor'] <= 140: E.append('vendor count')
    if not 90 <= src['password'] <= 125: E.append('password count')
    if src['prose'] != 40: E.append('prose count')
    if len(evs) != 66: E.append('evasion count')
    if len(negs) < 180 or len({r['class'] for r in negs}) != 16: E.append('negative count')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES):
        E.append('type uniqueness')
    return E

def mutations(pos, evs, negs, dl):
    ok = []
    def expect(name, f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        f(p, e, n)
        errs = check(p, e, n, *dl)
        ok.append((name, bool(errs)))
    expect('shifted start', lambda p, e, n: p[3]['secrets'][0].update(start=p[3]['secrets'][0]['start'] + 1))
    expect('shortened end', lambda p, e, n: p[200]['secrets'][0].update(end=p[200]['secrets'][0]['end'] - 1))
    expect('positive value in negative', lambda p, e, n: n[4].update(text=n[4]['text'] + p[10]['secrets'][0]['value']))
    expect('wrong plain', lambda p, e, n: e[5]['secrets'][0].update(plain=e[5]['secrets'][0]['plain'][:-1] + 'Q'))
    expect('extra occurrence', lambda p, e, n: p[7].update(text=p[7]['text'] + ' ' + p[7]['secrets'][0]['value']))
    expect('plain in negative', lambda p, e, n: n[9].update(text=n[9]['text'] + e[2]['secrets'][0]['plain']))
    expect('duplicate negative', lambda p, e, n: n.append(dict(n[0], id='p68-n-0999')))
    expect('plain verbatim in its text', lambda p, e, n: e[8].update(text=e[8]['text'] + e[8]['secrets'][0]['plain']))
    expect('p64 container kind as part', lambda p, e, n: p[0].update(container='hass_secrets_yaml_entry__x'))
    expect('p67 encoding as container', lambda p, e, n: n[0].update(container='base45_qr_alphabet'))
    def trunc(p, e, n):
        s = e[12]['secrets'][0]; s['value'] = s['value'][:-2]; s['end'] -= 2
    expect('truncated run', trunc)
    expect('private key armour', lambda p, e, n: n[3].update(text=n[3]['text'] + '-----BEGIN OPENSSH PRIVATE KEY-----'))
    def lang(p, e, n):
        r = [x for x in p if x['source'] == 'prose'][0]; r['container'] = r['container'].split('__')[0] + '__nb'
    expect('deny-listed language nb', lang)
    def copyval(p, e, n):
        a, b = p[20], p[21]; v = a['secrets'][0]['value']; b['text'] = b['text'] + v
        b['secrets'].append({'value': v, 'start': len(b['text']) - len(v), 'end': len(b['text']), 'type': a['type']})
    expect('value copied into another record', copyval)
    return ok

def main():
    a = generate(); b = generate()
    if [dump(x) for x in a] != [dump(x) for x in b]: raise SystemExit('non-deterministic')
    pos, evs, negs = a
    dl = denylist.load()
    errs = check(pos, evs, negs, *dl)
    if errs: raise SystemExit('CHECK FAILED:\n' + '\n'.join(errs[:50]))
    muts = mutations(pos, evs, negs, dl)
    bad = [m for m, caught in muts if not caught]
    if bad: raise SystemExit('mutation not caught: %s' % bad)
    r1 = readme.render(pos, evs, negs, dl, muts); r2 = readme.render(*generate(), dl, muts)
    if r1 != r2: raise SystemExit('README non-deterministic')
    for fn, rows in [('secrets.jsonl', pos), ('evasions.jsonl', evs), ('negatives.jsonl', negs)]:
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f: f.write(dump(rows))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f: f.write(r1)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(pos), len(evs), len(negs), len(muts)))

if __name__ == '__main__':
    main()
