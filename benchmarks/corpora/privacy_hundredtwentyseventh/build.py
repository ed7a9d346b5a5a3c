#!/usr/bin/env python3
"""Build p127: generate twice, compare bytes, check, then write secrets/evasions/negatives JSONL + README."""
import base64, copy, json, os, re, sys, zlib
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common127 as C
import everyday127, vendor127, positional127, prose127, evasions127, negatives127, enc127, dec127, readme127

OUT = os.path.dirname(os.path.abspath(__file__))
DENY = C.load_denylist()
NAMES, LANGS, WORDS, TOKENS = set(DENY['names']), set(DENY['langs']), set(DENY['words']), DENY['tokens']


def vendor_ok(t):
    return t.split('_')[0] not in WORDS


def syntax_ok(sig):
    return not any(sig in tok for tok in TOKENS)


def lang_ok(iso3, iso1, name):
    return (iso3 not in NAMES and iso3 not in LANGS and iso1 not in NAMES and iso1 not in LANGS
            and not any(w.lower() in LANGS or w.lower() in WORDS for w in name.split()))


def generate():
    ev = everyday127.build()
    vd, vdrop = vendor127.build(vendor_ok=vendor_ok)
    vd = vd[:120]
    pw, pdrop = positional127.build(syntax_ok=syntax_ok)
    pr, ldrop = prose127.build(lang_ok=lang_ok)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos, 1):
        r['id'] = 'p127-s-%04d' % i
    evs = evasions127.build()
    for i, r in enumerate(evs, 1):
        r['id'] = 'p127-e-%04d' % i
    neg = negatives127.build()
    for i, r in enumerate(neg, 1):
        r['id'] = 'p127-n-%04d' % i
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    order_n = ['id', 'class', 'container', 'text', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    evs = [{k: r[k] for k in order_e} for r in evs]
    neg = [{k: r[k] for k in order_n} for r in neg]
    return pos, evs, neg, {'vendor': vdrop, 'syntax': pdrop, 'lang': ldrop}


def dumps(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')


def own_names():
    n = {}
    n['everyday_kind'] = [k for k, _ in everyday127.KINDS]
    n['everyday_type'] = [t for t, _, _ in everyday127.TYPES]
    n['vendor_type'] = [t for t, _, _ in vendor127.VENDORS if vendor_ok(t)]
    n['vendor_style'] = [s for s, _ in vendor127.STYLES]
    n['syntax'] = [s for s, _, _, _ in positional127.SYNTAXES] + ['fapw_' + s for s, _, _, _ in positional127.SYNTAXES]
    n['syntax_suffix'] = list(positional127.SUFFIXES)
    n['prose'] = list(prose127.FORMATS) + [prose127.TYPE]
    n['encoding'] = list(enc127.E)
    n['evasion'] = [t for t, _, _, _ in evasions127.ETYPES] + [w for _, w, _, _ in evasions127.ETYPES]
    n['negative_class'] = list(negatives127.base_kinds(C.G(0)))
    n['negative_kind'] = [k for ks in negatives127.base_kinds(C.G(0)).values() for k, _ in ks] + [w for w in negatives127.WRAPS if w]
    return n


def check(pos, evs, neg):
    errs = []
    E = errs.append
    ids = set()
    allvals = []
    for pre, rows, keys in (('p127-s-', pos, ['id', 'type', 'container', 'text', 'secrets', 'source']),
                            ('p127-e-', evs, ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']),
                            ('p127-n-', neg, ['id', 'class', 'container', 'text', 'source'])):
        for r in rows:
            if list(r) != keys:
                E('fields %s' % r.get('id'))
            if not re.fullmatch(re.escape(pre) + r'\d{4}', r['id']) or r['id'] in ids:
                E('id %s' % r['id'])
            ids.add(r['id'])
            t = r['text']
            if '\ue000' in t or '\x00' in t or 'PRIVATE KEY' in t:
                E('forbidden content %s' % r['id'])
    for r in pos + evs:
        if len(r['secrets']) != 1:
            E('span count %s' % r['id'])
        for s in r['secrets']:
            v = s['value']
            if r['text'][s['start']:s['end']] != v or v != v.strip() or not v:
                E('offset %s' % r['id'])
            if len(re.findall('(?=' + re.escape(v) + ')', r['text'])) != 1:
                E('occurrence %s' % r['id'])
            if s['type'] != r['type']:
                E('type %s' % r['id'])
            allvals.append((r['id'], v))
    vals = [v for _, v in allvals]
    if len(set(vals)) != len(vals):
        E('value reused')
    plains = [r['secrets'][0]['plain'] for r in evs]
    if len(set(plains)) != len(plains) or set(plains) & set(vals):
        E('plain reused')
    alltexts = [(r['id'], r['text']) for r in pos + evs + neg]
    for rid, v in allvals:
        for tid, t in alltexts:
            if tid != rid and v in t:
                E('value of %s in %s' % (rid, tid))
    for p in plains:
        for tid, t in alltexts:
            if p in t:
                E('plain in %s' % tid)
    # evasions
    for r in evs:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or s['encoding'] != r['encoding']:
            E('evasion fields %s' % r['id'])
        try:
            ok = dec127.decode(r['encoding'], s['value']) == s['plain']
        except Exception:
            ok = False
        if not ok:
            E('decode %s' % r['id'])
        rule = enc127.E.get(r['encoding'], ('\ue001',))[0]
        if r['text'].find(rule) < 0 or r['text'].find(rule) > s['start']:
            E('rule %s' % r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']):
            E('plain alphabet %s' % r['id'])
    # structure
    for r in pos:
        v = r['secrets'][0]['value']
        if r['type'] == 'fashion_pos_sync_bearer_jwt':
            for part in v.split('.')[:2]:
                json.loads(base64.urlsafe_b64decode(part + '=' * (-len(part) % 4)))
        if r['type'] in ('github_classic_pat_checksum', 'npm_automation_token_checksum'):
            body, chk = v[4:-6], v[-6:]
            n = 0
            for c in chk:
                n = n * 62 + C.B62.index(c)
            if n != zlib.crc32(body.encode()) & 0xffffffff:
                E('checksum %s' % r['id'])
        if r['source'] == 'prose':
            s, e = r['secrets'][0]['start'], r['secrets'][0]['end']
            if r['text'][s - 1] != ' ' or r['text'][e] != ' ':
                E('prose spacing %s' % r['id'])
    # negatives
    if len(set(r['text'] for r in neg)) != len(neg):
        E('duplicate negative')
    if len(set(r['class'] for r in neg)) != 16 or len(neg) < 180:
        E('negative counts')
    # deny-list
    for cat, names in own_names().items():
        if len(set(names)) != len(names):
            E('own names not unique: %s' % cat)
        for n in names:
            if C.name_hits(n, NAMES):
                E('deny-list %s %s %s' % (cat, n, C.name_hits(n, NAMES)))
    for r in pos + evs + neg:
        for n in [r['container'], r.get('class'), r.get('encoding'), r.get('type')]:
            if n and C.name_hits(n, NAMES):
                E('deny-list record %s %s' % (r['id'], n))
    for r in pos:
        if r['source'] == 'prose':
            iso = r['container'].split('__')[1]
            if iso in NAMES or iso in LANGS:
                E('language %s' % iso)
    fam = {}
    for r in pos:
        fam.setdefault(r['source'], set()).add(r['type'])
    fl = list(fam.values())
    for i in range(len(fl)):
        for j in range(i + 1, len(fl)):
            if fl[i] & fl[j]:
                E('span type families overlap')
    conts = [r['container'] for r in pos if r['source'] != 'everyday']
    if len(set(conts)) != len(conts):
        E('container reuse')
    cnt = {}
    for r in pos:
        cnt[r['source']] = cnt.get(r['source'], 0) + 1
    if not (cnt.get('everyday') == 180 and cnt.get('vendor') == 120 and 100 <= cnt.get('password', 0) <= 120 and cnt.get('prose') == 40) or len(evs) != 66:
        E('counts %s' % cnt)
    if len(set(r['container'].split('__')[1] for r in pos if r['source'] == 'prose')) != 40:
        E('languages')
    return errs


def mutations(pos, evs, neg):
    ms = []
    def m(name, fn):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        fn(p, e, n)
        ms.append((name, bool(check(p, e, n))))
    m('m1 shifted start', lambda p, e, n: p[3]['secrets'][0].__setitem__('start', p[3]['secrets'][0]['start'] + 1))
    m('m2 value in negative', lambda p, e, n: n[5].__setitem__('text', n[5]['text'] + p[200]['secrets'][0]['value']))
    m('m3 wrong plain', lambda p, e, n: e[7]['secrets'][0].__setitem__('plain', 'wrongplain'))
    m('m4 duplicate negative', lambda p, e, n: n[9].__setitem__('text', n[8]['text']))
    m('m5 private key armour', lambda p, e, n: n[0].__setitem__('text', '-----BEGIN RSA PRIVATE KEY-----'))
    m('m6 p120 everyday container', lambda p, e, n: p[0].__setitem__('container', 'kafka_bidstream_connect_properties'))
    m('m7 p119 encoding name', lambda p, e, n: e[0].__setitem__('encoding', 'roman_numeral_code_points'))
    m('m8 wrong id prefix', lambda p, e, n: p[1].__setitem__('id', 'p126-s-0002'))
    m('m9 evasion plain leaked', lambda p, e, n: p[10].__setitem__('text', p[10]['text'] + ' ' + e[2]['secrets'][0]['plain']))
    m('m10 extra occurrence', lambda p, e, n: p[20].__setitem__('text', p[20]['text'] + p[20]['secrets'][0]['value']))
    m('m11 rule removed', lambda p, e, n: e[4].__setitem__('text', e[4]['text'].replace(enc127.E[e[4]['encoding']][0], 'a secret way')))
    m('m12 p120 negative class', lambda p, e, n: n[0].__setitem__('class', 'ad_click_identifiers'))
    m('m13 deny-listed language fra', lambda p, e, n: p[-1].__setitem__('container', 'showroom_sms_line__fra'))
    return ms


def main():
    a = generate()
    b = generate()
    A = [dumps(x) for x in a[:3]]
    B = [dumps(x) for x in b[:3]]
    if A != B:
        raise SystemExit('non-deterministic output')
    pos, evs, neg, drops = a
    errs = check(pos, evs, neg)
    if errs:
        print('\n'.join(errs[:40]))
        raise SystemExit('checks failed: %d' % len(errs))
    ms = mutations(pos, evs, neg)
    missed = [n for n, caught in ms if not caught]
    if missed:
        raise SystemExit('mutation tests not caught: %s' % missed)
    info = {'drops': drops, 'mutations': [n for n, _ in ms], 'deny': {k: len(v) for k, v in DENY.items()}}
    r1 = readme127.render(pos, evs, neg, info)
    r2 = readme127.render(*generate()[:3], info)
    if r1 != r2:
        raise SystemExit('README non-deterministic')
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], A):
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(r1)
    print('ok: secrets %d, evasions %d, negatives %d; drops %s' % (len(pos), len(evs), len(neg), drops))


if __name__ == '__main__':
    main()
