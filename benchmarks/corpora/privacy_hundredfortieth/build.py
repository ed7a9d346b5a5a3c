#!/usr/bin/env python3
"""Build p140: generate twice, compare, check, mutation-test, then write JSONL + README."""
import copy, json, os, re, sys
import common140, everyday140, vendor140, positional140, prose140, evasions140, negatives140, readme140
from enc140 import E
import dec140

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
VENDOR_CAP = 120
ALLOWED = re.compile(r'^[A-Za-z0-9_.\-]+$')


def generate(deny):
    used = set()
    ev = everyday140.build(used)
    vd, vdrop = vendor140.build(used, deny, common140.load_words())
    vd = vd[:VENDOR_CAP]
    pw, pdrop = positional140.build(used, deny)
    pr, ldrop, lspare = prose140.build(used, deny)
    ex = evasions140.build(used)
    ng = negatives140.build(used)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        r['id'] = 'p140-s-%04d' % (i + 1)
    for i, r in enumerate(ex):
        r['id'] = 'p140-e-%04d' % (i + 1)
    for i, r in enumerate(ng):
        r['id'] = 'p140-n-%04d' % (i + 1)
    meta = {'vendor_dropped': vdrop, 'vendor_written': len(vendor140.CAND), 'pw_dropped': pdrop,
            'lang_dropped': ldrop, 'nwords': len(common140.load_words()), 'lang_spare': lspare, 'pw_written': len(positional140.SYN)}
    return pos, ex, ng, meta


def dumps(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')


def parts(name):
    name = name.lower()
    return [name] + name.split('__')


def check(pos, ex, ng, deny):
    errs = []
    PF = {'id', 'type', 'container', 'text', 'secrets', 'source'}
    SF = {'value', 'start', 'end', 'type'}
    ids = set()
    values, plains = [], []
    for r in pos + ex:
        isx = r['source'] == 'evasion'
        if set(r) != (PF | {'encoding'} if isx else PF): errs.append(('fields', r['id']))
        pre = 'p140-e-' if isx else 'p140-s-'
        if not re.fullmatch(re.escape(pre) + r'\d{4}', r['id']): errs.append(('id', r['id']))
        if r['id'] in ids: errs.append(('dupid', r['id']))
        ids.add(r['id'])
        if len(r['secrets']) != 1: errs.append(('spans', r['id']))
        for s in r['secrets']:
            if set(s) != (SF | {'plain', 'encoding'} if isx else SF): errs.append(('spanfields', r['id']))
            v = s['value']
            if r['text'][s['start']:s['end']] != v: errs.append(('offset', r['id']))
            if v != v.strip() or not v: errs.append(('edgews', r['id']))
            if s['type'] != r['type']: errs.append(('type', r['id']))
            cnt = sum(1 for i in range(len(r['text'])) if r['text'].startswith(v, i))
            if cnt != 1: errs.append(('once', r['id']))
            values.append((v, r['id']))
            if isx:
                plains.append((s['plain'], r['id']))
                if not ALLOWED.match(s['plain']): errs.append(('plainalpha', r['id']))
                try:
                    if dec140.decode(s['encoding'], v) != s['plain']: errs.append(('decode', r['id']))
                except Exception:
                    errs.append(('decode', r['id']))
                rule = E[s['encoding']][0] if s['encoding'] in E else '\x00norule'
                ri = r['text'].find(rule)
                if ri < 0 or ri + len(rule) > s['start'] or r['text'][s['start'] - 2:s['start']] != ':\n':
                    errs.append(('rule', r['id']))
                if s['encoding'] != r['encoding']: errs.append(('enc', r['id']))
        if r['source'] == 'prose':
            s = r['secrets'][0]
            t = r['text']
            if (s['start'] > 0 and t[s['start'] - 1] != ' ') or (s['end'] < len(t) and t[s['end']] != ' '):
                errs.append(('prosespace', r['id']))
        for bad in ('{V}', '{RUN}', '\x00', 'PRIVATE KEY'):
            if bad in r['text']: errs.append(('marker', r['id']))
    allv = [v for v, _ in values]
    if len(set(allv)) != len(allv): errs.append(('valuereuse', None))
    allp = [p for p, _ in plains]
    if len(set(allp)) != len(allp): errs.append(('plainreuse', None))
    texts = [(r['id'], r['text']) for r in pos + ex] + [(n['id'], n['text']) for n in ng]
    for v, rid in values:
        for tid, t in texts:
            if tid != rid and v in t: errs.append(('leak', rid, tid))
    for p, rid in plains:
        for tid, t in texts:
            if p in t: errs.append(('plainleak', rid, tid))
    # negatives
    NF = {'id', 'class', 'container', 'text', 'source'}
    nt = set()
    for n in ng:
        if set(n) != NF or n['source'] != 'negative': errs.append(('negfields', n['id']))
        if not re.fullmatch(r'p140-n-\d{4}', n['id']) or n['id'] in ids: errs.append(('negid', n['id']))
        ids.add(n['id'])
        if n['text'] in nt: errs.append(('negdup', n['id']))
        nt.add(n['text'])
    if len({n['class'] for n in ng}) != 16 or len(ng) < 180: errs.append(('negcount', len(ng)))
    # deny-list
    names = []
    for r in pos + ex:
        names += [r['container'], r['type']] + ([r['encoding']] if 'encoding' in r else [])
    for n in ng:
        names += [n['class'], n['container']]
    names += [w for w, _ in evasions140.WORDINGS] + [t for t, _, _ in evasions140.ETYPES]
    names += [s for s, _ in vendor140.STYLES] + positional140.SUFFIXES + prose140.FORMATS
    names += [s for s, _ in positional140.SYN] + list(E)
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            nm = [l[1] for l in prose140.LANGS if l[0] == code][0]
            if prose140.lang_denied(code, nm, deny): errs.append(('lang', code))
    for nm in names:
        for p in parts(nm):
            if p in deny: errs.append(('deny', nm, p))
    # disjoint span types
    src_types = {}
    for r in pos:
        src_types.setdefault(r['source'], set()).add(r['type'])
    ks = list(src_types)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if src_types[ks[i]] & src_types[ks[j]]: errs.append(('typeoverlap', ks[i], ks[j]))
    nonev = [r['container'] for r in pos if r['source'] != 'everyday']
    if len(set(nonev)) != len(nonev): errs.append(('containerdup', None))
    cnt = {}
    for r in pos:
        cnt[r['source']] = cnt.get(r['source'], 0) + 1
    if cnt.get('everyday') != 180 or not 110 <= cnt.get('vendor', 0) <= 120 or not 95 <= cnt.get('password', 0) <= 110 \
            or cnt.get('prose') != 40 or len(ex) != 66:
        errs.append(('counts', cnt, len(ex)))
    if len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40: errs.append(('langs', None))
    return errs


def mutations(pos, ex, ng, deny):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n): n[1]['text'] = n[0]['text']
    def m5(p, e, n): p[3]['text'] += '\n-----BEGIN PRIVATE KEY-----'
    def m6(p, e, n): p[200]['container'] = 'aqpw_pop3_pass_command__x'
    def m7(p, e, n): n[3]['class'] = 'gs1_sscc_pallet_codes'
    def m8(p, e, n): p[7]['id'] = 'p139-s-0008'
    def m9(p, e, n): p[9]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m10(p, e, n):
        s = e[2]; rule = E[s['encoding']][0]; s['text'] = s['text'].replace(rule, 'some rule')
    def m11(p, e, n): p[-1]['secrets'][0]['value'] = p[-2]['secrets'][0]['value']
    def m12(p, e, n): e[5]['encoding'] = 'plain_string_reversed'; e[5]['secrets'][0]['encoding'] = 'plain_string_reversed'
    names = []
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ex), copy.deepcopy(ng)
        m(p, e, n)
        if not check(p, e, n, deny):
            raise SystemExit('mutation not caught: ' + m.__name__)
        names.append(m.__name__)
    return names


def main():
    deny = common140.load_deny()
    a = generate(deny)
    b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y):
            raise SystemExit('non-deterministic output')
    pos, ex, ng, meta = a
    errs = check(pos, ex, ng, deny)
    if errs:
        for e in errs[:40]: print(e)
        raise SystemExit('%d check failures' % len(errs))
    muts = mutations(pos, ex, ng, deny)
    r1 = readme140.render(pos, ex, ng, meta, deny, muts)
    r2 = readme140.render(b[0], b[1], b[2], b[3], deny, muts)
    if r1 != r2:
        raise SystemExit('README not deterministic')
    os.makedirs(OUT, exist_ok=True)
    for fn, rows in (('secrets.jsonl', pos), ('evasions.jsonl', ex), ('negatives.jsonl', ng)):
        open(os.path.join(OUT, fn), 'wb').write(dumps(rows))
    open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(pos), len(ex), len(ng), meta['vendor_dropped'], meta['pw_dropped'], meta['lang_dropped'])


if __name__ == '__main__':
    main()
