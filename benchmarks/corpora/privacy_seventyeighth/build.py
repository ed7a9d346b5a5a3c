"""Build privacy_seventyeighth (p78). python3 build.py"""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc78, dec78, readme78

HERE = os.path.dirname(os.path.abspath(__file__))
NN = '78'


def generate():
    names, langs, words = denylist.load()
    pos = gen_everyday.build() + gen_vendor.build() + gen_passwords.build()
    prose, chosen = gen_prose.build(langs, words, names)
    pos += prose
    for i, r in enumerate(pos, 1):
        r.pop('_lang', None)
        rec = {'id': 'p%s-s-%04d' % (NN, i), 'type': r['type'], 'container': r['container'], 'text': r['text'], 'secrets': r['secrets'], 'source': r['source']}
        pos[i - 1] = rec
    ev = gen_evasions.build()
    ev = [{'id': 'p%s-e-%04d' % (NN, i), 'type': r['type'], 'container': r['container'], 'encoding': r['encoding'], 'text': r['text'], 'secrets': r['secrets'], 'source': r['source']} for i, r in enumerate(ev, 1)]
    neg = gen_negatives.build()
    neg = [{'id': 'p%s-n-%04d' % (NN, i), 'class': r['class'], 'container': r['container'], 'text': r['text'], 'source': r['source']} for i, r in enumerate(neg, 1)]
    return pos, ev, neg, chosen


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n


def own_names():
    s = set()
    s.update(k for k, _ in gen_everyday.KINDS)
    s.update(t for t in gen_everyday.TYPES if t not in gen_everyday.REPEATED)
    s.update(t for t, _, _ in gen_vendor.V); s.update(n for n, _ in gen_vendor.STYLES)
    s.update(t for t, _, _ in gen_passwords.P); s.update(gen_passwords.SUFFIX.values())
    s.update(gen_prose.FORMATS); s.add(gen_prose.SPAN_TYPE)
    s.update(enc78.ENC); s.update(w for w, _, _ in gen_evasions.WORDINGS)
    for cls, kinds in gen_negatives.BASE.items():
        s.update(k for k, _ in kinds)
    s.update(w.strip('_').replace('in_', '', 1) for w, _ in gen_negatives.WRAPPERS if w)
    s.update(w.strip('_') for w, _ in gen_negatives.WRAPPERS if w)
    s.update(k for k, _ in gen_negatives.DOCS)
    s.update(['replication_position_identifier', 'database_object_identifier'])
    return s


EXEMPT = set(gen_everyday.REPEATED)


def check(pos, ev, neg, chosen, strict_counts=True):
    names, langs, words = denylist.load()
    errs = []
    idre = {'s': re.compile(r'^p78-s-\d{4}$'), 'e': re.compile(r'^p78-e-\d{4}$'), 'n': re.compile(r'^p78-n-\d{4}$')}
    ids = [r['id'] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): errs.append('dup ids')
    for k, recs in (('s', pos), ('e', ev), ('n', neg)):
        for r in recs:
            if not idre[k].match(r['id']): errs.append('bad id ' + r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append('roundtrip ' + r['id'])
    allv = []
    for r in pos + ev:
        t = r['text']
        if '\ue000' in t or '\ue001' in t or '\ue002' in t or '\x00' in t: errs.append('marker ' + r['id'])
        if r['type'] != r['secrets'][0]['type']: errs.append('type ' + r['id'])
        for s in r['secrets']:
            v = s['value']
            if t[s['start']:s['end']] != v: errs.append('slice ' + r['id'])
            if v != v.strip(): errs.append('edge ws ' + r['id'])
            labelled = sum(1 for x in r['secrets'] if x['value'] == v)
            if count_overlapping(t, v) != labelled: errs.append('occurrence ' + r['id'])
            allv.append((v, r['id']))
    vals = [v for v, _ in allv]
    if len(vals) != len(set(vals)): errs.append('value reused')
    plains = [r['secrets'][0]['plain'] for r in ev]
    if len(plains) != len(set(plains)) or set(plains) & set(vals): errs.append('plain reused')
    texts = {r['id']: r['text'] for r in pos + ev + neg}
    for v, rid in allv + [(p, r['id']) for p, r in zip(plains, ev)]:
        if len(v) >= 6:
            for oid, t in texts.items():
                if oid != rid and v in t: errs.append('value %s of %s in %s' % (v[:12], rid, oid)); break
    # evasions
    if set(enc78.ENC) != set(dec78.DEC) or len(enc78.ENC) != 22: errs.append('enc/dec sets')
    from collections import Counter
    ec = Counter(r['encoding'] for r in ev)
    if set(ec.values()) != {3} or len(ec) != 22: errs.append('evasion counts')
    for r in ev:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: errs.append('ev fields ' + r['id'])
        try:
            d = dec78.DEC[s['encoding']](s['value'])
        except Exception as e:
            d = None
        if d != s['plain']: errs.append('decode ' + r['id'])
        if s['plain'] in r['text']: errs.append('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): errs.append('plain alphabet ' + r['id'])
    # negatives
    nt = [r['text'] for r in neg]
    if len(nt) != len(set(nt)): errs.append('dup negative')
    for r in neg:
        if 'PRIVATE KEY' in r['text']: errs.append('private key ' + r['id'])
    docs = gen_negatives.check_docs()
    for d in docs:
        if not any(d in t for t in nt): errs.append('doc missing')
        if any(d in r['text'] for r in pos + ev): errs.append('doc in positive')
    # deny-list
    own = own_names()
    for n in own:
        if n in EXEMPT: continue
        for part in [n] + n.split('__'):
            if part.lower() in names: errs.append('deny-list: ' + part)
    for r in pos + ev + neg:
        for part in [r['container']] + r['container'].split('__'):
            if part.lower() in names and part not in EXEMPT: errs.append('deny-list container: %s %s' % (r['id'], part))
    for code, name, _ in chosen:
        if code in names or code in langs or code in words or any(w.lower() in words or w.lower() in langs for w in name.split()):
            errs.append('language ' + code)
    prose_codes = [r['container'].split('__')[1] for r in pos if r['source'] == 'prose']
    for c in prose_codes:
        if c in langs or c in names: errs.append('prose lang ' + c)
    # counts
    src = Counter(r['source'] for r in pos)
    ek = set(r['container'] for r in pos if r['source'] == 'everyday')
    if strict_counts:
        if src['everyday'] != 180 or len(ek) != 45: errs.append('everyday count')
        if not 100 <= src['vendor'] <= 140: errs.append('vendor count')
        if not 90 <= src['password'] <= 140: errs.append('password count')
        if src['prose'] != 40 or len(set(prose_codes)) != 40: errs.append('prose count')
        if len(ev) != 66: errs.append('evasion count')
        if len(neg) < 180 or len(set(r['class'] for r in neg)) != 16: errs.append('negative count')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    et = set(r['type'] for r in pos if r['source'] == 'everyday')
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: errs.append('type uniqueness')
    return errs


def mutations(pos, ev, neg, chosen):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['secrets'][0]['end'] -= 1
    def m3(p, e, n): n[0]['text'] += p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] = e[1]['secrets'][0]['plain'] + 'x'
    def m5(p, e, n): p[7]['text'] += ' ' + p[7]['secrets'][0]['value']
    def m6(p, e, n): n[3]['text'] += e[2]['secrets'][0]['plain']
    def m7(p, e, n): n[4]['text'] = n[5]['text']
    def m8(p, e, n): e[4]['text'] += e[4]['secrets'][0]['plain']
    def m9(p, e, n): p[9]['container'] = p[9]['container'] + '__mail_server_config_excerpt'
    def m10(p, e, n): n[6]['container'] = 'base45_rfc9285'
    def m11(p, e, n):
        s = e[7]['secrets'][0]; s['value'] = s['value'][:-2]; s['end'] -= 2
    def m12(p, e, n): n[8]['text'] += '-----BEGIN OPENSSH PRIVATE KEY-----'
    def m13(p, e, n): p[3]['id'] = 'p77-s-0004'
    def m14(p, e, n):
        r = [x for x in p if x['source'] == 'prose'][0]; r['container'] = r['container'].split('__')[0] + '__fi'
    def m15(p, e, n): p[20]['text'] += p[21]['secrets'][0]['value']
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15]
    for i, m in enumerate(ms, 1):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, chosen):
            raise SystemExit('mutation %d not caught' % i)
    return len(ms)


def main():
    a = generate(); b = generate()
    outs_a = [dumps(x) for x in a[:3]]; outs_b = [dumps(x) for x in b[:3]]
    if outs_a != outs_b: raise SystemExit('non-deterministic JSONL')
    pos, ev, neg, chosen = a
    errs = check(pos, ev, neg, chosen)
    if errs:
        print('\n'.join(sorted(set(errs))[:60])); raise SystemExit('checks failed: %d' % len(errs))
    nm = mutations(pos, ev, neg, chosen)
    ra = readme78.render(pos, ev, neg, chosen, nm); rb = readme78.render(*b, nm)
    if ra != rb: raise SystemExit('non-deterministic README')
    for fn, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], outs_a):
        open(os.path.join(HERE, fn), 'w', encoding='utf-8').write(s)
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok: %d positives, %d evasions, %d negatives, %d mutations caught' % (len(pos), len(ev), len(neg), nm))


if __name__ == '__main__':
    main()
