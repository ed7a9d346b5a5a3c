#!/usr/bin/env python3
"""Build p74: generate twice, check, mutation-test, then write JSONL files and README."""
import copy, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc74, dec74, readme74

NN = '74'
VALID_ALPH = re.compile(r'[A-Za-z0-9_.-]+')


def pick_languages(dl):
    words, langs, names = set(dl['words']), set(dl['languages']), set(dl['names'])
    ok, excluded = [], []
    for code, name, sent in gen_prose.LANGS:
        bad = code in names or code in langs or code in words or name.lower() in langs or \
            any(w in words or w in langs for w in re.split(r'[\s/-]+', name.lower()))
        (excluded if bad else ok).append((code, name, sent))
    return ok[:40], excluded, ok[40:]


def generate():
    dl = denylist.load()
    langs, excluded, unused = pick_languages(dl)
    pos = gen_everyday.generate(random.Random(7401)) + gen_vendor.generate(random.Random(7402)) + \
        gen_passwords.generate(random.Random(7403)) + gen_prose.generate(random.Random(7404), langs)
    meta = {'excluded_langs': excluded, 'unused_langs': unused, 'langs': langs}
    for r in pos:
        r.pop('_lang', None)
    taken = {s['value'] for r in pos for s in r['secrets']}
    ev = gen_evasions.generate(random.Random(7405), set(taken))
    neg = gen_negatives.generate(random.Random(7406))
    out_pos, out_ev, out_neg = [], [], []
    for i, r in enumerate(pos, 1):
        out_pos.append({'id': 'p%s-s-%04d' % (NN, i), 'type': r['type'], 'container': r['container'], 'text': r['text'], 'secrets': r['secrets'], 'source': r['source']})
    for i, r in enumerate(ev, 1):
        out_ev.append({'id': 'p%s-e-%04d' % (NN, i), 'type': r['type'], 'container': r['container'], 'encoding': r['encoding'], 'text': r['text'], 'secrets': r['secrets'], 'source': r['source']})
    for i, r in enumerate(neg, 1):
        out_neg.append({'id': 'p%s-n-%04d' % (NN, i), 'class': r['class'], 'container': r['container'], 'text': r['text'], 'source': r['source']})
    return out_pos, out_ev, out_neg, meta, dl


def own_names():
    """All names this corpus introduces (checked against the deny-list)."""
    n = {}
    n['everyday container kinds'] = list(gen_everyday.KINDS)
    n['new everyday span types'] = [t for t in gen_everyday.TYPES if t not in gen_everyday.REPEATS]
    n['vendor types'] = [v[0] for v in gen_vendor.VENDORS]
    n['vendor styles'] = [s[0] for s in gen_vendor.STYLES]
    n['password types'] = [s[0] for s in gen_passwords.SYNTAXES]
    n['password suffixes'] = list(gen_passwords.SUFFIX.values())
    n['prose formats'] = [f[0] for f in gen_prose.FORMATS]
    n['prose span type'] = [gen_prose.PTYPE]
    n['encodings'] = list(enc74.ENC)
    n['evasion wordings'] = [w[0] for w in gen_evasions.WORDINGS]
    n['negative base kinds'] = [k for c in gen_negatives.BASE.values() for k, _ in c]
    n['negative wrappers'] = [w[0] for w in gen_negatives.WRAPPERS]
    n['documentation kinds'] = [d[0] for d in gen_negatives.DOCS]
    n['new negative classes'] = gen_negatives.NEW_CLASSES
    return n


def deny_hits(name, frozen):
    name = name.lower()
    return [p for p in [name] + name.split('__') if p and p in frozen]


def check(pos, ev, neg, meta, dl):
    errs = []
    E = errs.append
    frozen = set(dl['names'])
    ids = [r['id'] for r in pos + ev + neg]
    if len(ids) != len(set(ids)):
        E('duplicate ids')
    for r in pos:
        if not re.fullmatch(r'p74-s-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in ev:
        if not re.fullmatch(r'p74-e-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in neg:
        if not re.fullmatch(r'p74-n-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in pos + ev + neg:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E('json round trip ' + r['id'])
    all_values = []
    for r in pos + ev:
        t = r['text']
        if '\ue000' in t or '\x00' in t: E('slot marker/NUL in ' + r['id'])
        if not r['secrets']: E('no span ' + r['id'])
        if r['type'] != r['secrets'][0]['type']: E('type mismatch ' + r['id'])
        prev = -1
        for s in r['secrets']:
            if t[s['start']:s['end']] != s['value']: E('slice mismatch ' + r['id'])
            if s['value'] != s['value'].strip(): E('edge whitespace ' + r['id'])
            if s['start'] < prev: E('unsorted ' + r['id'])
            prev = s['start']
        for v in {s['value'] for s in r['secrets']}:
            occ = sum(1 for i in range(len(t)) if t.startswith(v, i))
            lab = sum(1 for s in r['secrets'] if s['value'] == v)
            if occ != lab: E('occurrence count %s %r' % (r['id'], v[:20]))
        for s in r['secrets']:
            all_values.append((s['value'], r['id']))
    # uniqueness pool: values and plains
    pool = [(v, i) for v, i in all_values] + [(s['plain'], r['id']) for r in ev for s in r['secrets']]
    seen = {}
    for v, i in pool:
        if v in seen and seen[v] != i: E('value reused %r' % v[:20])
        seen[v] = i
    longv = [v for v in seen if len(v) >= 6]
    texts = [(r['id'], r['text']) for r in pos + ev]
    for v in longv:
        owner = seen[v]
        for rid, t in texts:
            if rid != owner and v in t: E('value %r of %s in %s' % (v[:20], owner, rid))
    sv = sorted(longv, key=len)
    for a_i, a in enumerate(sv):
        for b in sv[a_i + 1:]:
            if a in b and seen[a] != seen[b]: E('substring value %r' % a[:20])
    # evasions
    for r in ev:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: E('span fields ' + r['id'])
        if r['encoding'] != s['encoding']: E('encoding field ' + r['id'])
        try:
            d = dec74.DEC[s['encoding']](r['text'][:s['start']], s['value'])
        except Exception as ex:
            d = None
        if d != s['plain']: E('decode mismatch ' + r['id'])
        if s['plain'] in r['text']: E('plain verbatim ' + r['id'])
        if not VALID_ALPH.fullmatch(s['plain']): E('plain alphabet ' + r['id'])
    if set(enc74.ENC) != set(dec74.DEC) or len(enc74.ENC) != 22: E('encoder/decoder sets')
    from collections import Counter
    ce = Counter(r['encoding'] for r in ev)
    if set(ce.values()) != {3} or len(ce) != 22: E('3 per encoding')
    # negatives
    nt = [r['text'] for r in neg]
    if len(nt) != len(set(nt)): E('duplicate negative text')
    for r in neg:
        for v in longv:
            if v in r['text']: E('positive value/plain in negative ' + r['id'])
        if 'PRIVATE KEY' in r['text']: E('private key armour ' + r['id'])
    docs = list(gen_negatives.DOCS_PUBLISHED.values())
    negjoin = '\n'.join(nt)
    for d in docs:
        if d not in negjoin: E('doc value missing')
        for rid, t in texts:
            if d in t: E('doc value in positive ' + rid)
    rc = gen_negatives.recompute()
    for k, v in rc.items():
        if gen_negatives.DOCS_PUBLISHED[k] != v: E('doc recompute ' + k)
    # deny-list
    for cat, names in own_names().items():
        for n in names:
            h = deny_hits(n, frozen)
            if h: E('deny-list overlap (%s) %s: %s' % (cat, n, h))
    for r in pos + ev + neg:
        h = deny_hits(r['container'], frozen)
        if h: E('deny-listed container %s %s' % (r['id'], h))
    # languages
    words, langs = set(dl['words']), set(dl['languages'])
    codes = [r['container'].split('__')[1] for r in pos if r['source'] == 'prose']
    names_by_code = {c: n for c, n, _ in meta['langs']}
    for c in codes:
        n = names_by_code.get(c, '')
        if c in frozen or c in langs or c in words or not n or n.lower() in langs or any(w in words or w in langs for w in n.lower().split()):
            E('deny-listed language ' + c)
    if len(set(codes)) != 40 or len(codes) != 40: E('40 prose languages')
    # counts
    src = Counter(r['source'] for r in pos)
    kinds = {r['container'] for r in pos if r['source'] == 'everyday'}
    if src['everyday'] != 180 or len(kinds) != 45: E('everyday counts')
    if not 100 <= src['vendor'] <= 140: E('vendor count')
    if not 90 <= src['password'] <= 125: E('password count')
    if len(ev) != 66: E('evasion count')
    if len(neg) < 180 or len({r['class'] for r in neg}) != 16: E('negative counts')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']
    pt = [r['type'] for r in pos if r['source'] == 'password']
    et = {r['type'] for r in pos if r['source'] == 'everyday'}
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        E('type uniqueness')
    return errs


def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def mutations(pos, ev, neg, meta, dl):
    M = []
    def mut(name, f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(p, e, n)
        if not check(p, e, n, meta, dl):
            raise SystemExit('mutation not caught: ' + name)
        M.append(name)
    mut('shifted start', lambda p, e, n: p[0]['secrets'][0].update(start=p[0]['secrets'][0]['start'] + 1))
    mut('shortened end', lambda p, e, n: p[3]['secrets'][0].update(end=p[3]['secrets'][0]['end'] - 1))
    mut('positive value in a negative', lambda p, e, n: n[0].update(text=n[0]['text'] + p[10]['secrets'][0]['value']))
    mut('wrong plain', lambda p, e, n: e[0]['secrets'][0].update(plain=e[0]['secrets'][0]['plain'] + 'x'))
    mut('extra occurrence', lambda p, e, n: p[5].update(text=p[5]['text'] + ' ' + p[5]['secrets'][0]['value']))
    mut('plain in a negative', lambda p, e, n: n[1].update(text=n[1]['text'] + e[2]['secrets'][0]['plain']))
    mut('duplicate negative', lambda p, e, n: n[2].update(text=n[3]['text']))
    def verbatim(p, e, n):
        e[4]['text'] = e[4]['text'] + e[4]['secrets'][0]['plain']
    mut('plain verbatim in its text', verbatim)
    mut('p71 positional-password suffix as container part', lambda p, e, n: p[200].update(container=p[200]['type'] + '__interface_engine_host_shell_capture'))
    mut('p73 encoding as negative container', lambda p, e, n: n[5].update(container='uuencode_begin_end_block'))
    def trunc(p, e, n):
        s = e[7]['secrets'][0]
        s['value'] = s['value'][:-1]; s['end'] -= 1
    mut('truncated run', trunc)
    mut('private key armour', lambda p, e, n: n[6].update(text='-----BEGIN RSA PRIVATE KEY-----\n' + n[6]['text']))
    def lang(p, e, n):
        r = [x for x in p if x['source'] == 'prose'][0]
        r['container'] = r['container'].split('__')[0] + '__ka'
    mut('deny-listed language ka', lang)
    mut('value copied into another record', lambda p, e, n: p[1].update(text=p[1]['text'] + '\n' + p[50]['secrets'][0]['value'] + '\n'))
    mut('wrong id prefix', lambda p, e, n: p[9].update(id='p73-s-0010'))
    return M


def main():
    a = generate()
    b = generate()
    outs_a = [dump(x) for x in a[:3]]
    outs_b = [dump(x) for x in b[:3]]
    if outs_a != outs_b:
        raise SystemExit('non-deterministic JSONL')
    pos, ev, neg, meta, dl = a
    errs = check(pos, ev, neg, meta, dl)
    if errs:
        print('\n'.join(errs[:60]))
        raise SystemExit('%d check failures' % len(errs))
    muts = mutations(pos, ev, neg, meta, dl)
    ra = readme74.render(pos, ev, neg, meta, dl, muts, own_names())
    rb = readme74.render(*b, muts, own_names())
    if ra != rb:
        raise SystemExit('non-deterministic README')
    for fn, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], outs_a):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(s)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(ra)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(pos), len(ev), len(neg), len(muts)))


if __name__ == '__main__':
    main()
