#!/usr/bin/env python3
"""Build corpus p102 (bug-bounty hunters and CTF players). stdlib only, fixed seeds, no clock/network."""
import copy, json, os, re, sys
from common102 import *
import gen_everyday102, gen_vendor102, gen_passwords102, gen_prose102, gen_evasions102, gen_negatives102
import enc102, dec102, readme102

OUT = HERE
ALPH = re.compile(r'[A-Za-z0-9_.\-]+')


def generate(deny):
    ev = gen_everyday102.generate()
    ve = gen_vendor102.generate()
    pw = gen_passwords102.generate()
    pr, langs, excluded = gen_prose102.generate(deny)
    pos = ev + ve + pw + pr
    for i, rec in enumerate(pos, 1):
        rec['id'] = 'p102-s-%04d' % i
    evs = gen_evasions102.generate()
    for i, rec in enumerate(evs, 1):
        rec['id'] = 'p102-e-%04d' % i
    neg = gen_negatives102.generate()
    for i, rec in enumerate(neg, 1):
        rec['id'] = 'p102-n-%04d' % i
    order = lambda rec: {k: rec[k] for k in (['id', 'type', 'container', 'text', 'secrets', 'source'] + (['encoding'] if 'encoding' in rec else []))}
    pos = [order(x) for x in pos]
    evs = [order(x) for x in evs]
    neg = [{k: x[k] for k in ['id', 'class', 'container', 'text', 'source']} for x in neg]
    meta = {'langs': langs, 'excluded': excluded}
    return pos, evs, neg, meta


def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)


def own_names():
    """Every name this corpus introduces, by category."""
    n = {}
    n['everyday_kinds'] = [k for k, _ in gen_everyday102.KINDS]
    n['everyday_types'] = [t[0] for t in gen_everyday102.TYPES]
    n['vendor_types'] = [t[0] for t in gen_vendor102.V]
    n['vendor_styles'] = [s for s, _ in gen_vendor102.STYLES]
    n['password_syntaxes'] = [s[0] for s in gen_passwords102.S]
    n['password_suffixes'] = list(gen_passwords102.SUFFIX.values())
    n['prose_formats'] = [f for f, _ in gen_prose102.FORMATS]
    n['prose_type'] = [gen_prose102.SPAN_TYPE]
    n['encodings'] = list(enc102.ENC)
    n['evasion_wordings'] = [w for w, _ in gen_evasions102.WORDINGS]
    n['negative_classes'] = list(gen_negatives102.BASE)
    n['negative_base_kinds'] = [k for v in gen_negatives102.BASE.values() for k, _ in v]
    n['negative_wrappers'] = [w.strip('_') for w, _ in gen_negatives102.WRAPS if w]
    return n


def check(pos, evs, neg, meta, deny, strict_counts=True):
    errs = []
    E = errs.append
    names = set(deny['names']); langs = set(deny['languages'])
    allrec = pos + evs
    # ids
    for recs, pre in ((pos, 's'), (evs, 'e'), (neg, 'n')):
        ids = [x['id'] for x in recs]
        if len(set(ids)) != len(ids): E('duplicate ids ' + pre)
        for x in recs:
            if not re.fullmatch(r'p102-%s-\d{4}' % pre, x['id']): E('bad id ' + x['id'])
    for x in allrec + neg:
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: E('json round trip ' + x['id'])
        if SLOT in x['text'] or '\x00' in x['text']: E('slot/NUL ' + x['id'])
        if 'PRIVATE KEY' in x['text']: E('private key armour ' + x['id'])
    for x in neg:
        if set(x) != {'id', 'class', 'container', 'text', 'source'} or x['source'] != 'negative': E('neg fields ' + x['id'])
    # spans
    values = []
    for x in allrec:
        if not x['secrets']: E('no span ' + x['id']); continue
        if x['type'] != x['secrets'][0]['type']: E('type mismatch ' + x['id'])
        for s in x['secrets']:
            v = s['value']
            if x['text'][s['start']:s['end']] != v: E('offset ' + x['id'])
            if v != v.strip(): E('edge whitespace ' + x['id'])
        vs = set(s['value'] for s in x['secrets'])
        for v in vs:
            labelled = sum(1 for s in x['secrets'] if s['value'] == v)
            occ = sum(1 for i in range(len(x['text'])) if x['text'].startswith(v, i))
            if occ != labelled: E('occurrence count %s' % x['id'])
            values.append((v, x['id']))
    seen = {}
    for v, i in values:
        if v in seen and seen[v] != i: E('value reused %s %s' % (i, seen[v]))
        seen[v] = i
    plains = [(s['plain'], x['id']) for x in evs for s in x['secrets']]
    if len(set(p for p, _ in plains)) != len(plains): E('plain reused')
    for p, i in plains:
        if p in seen: E('plain equals a positive value ' + i)
    probes = [(v, i) for v, i in values if len(v) >= 6] + plains
    # no value in another record's text or in negatives
    big = [(x['id'], x['text']) for x in allrec + neg]
    for v, i in probes:
        for j, t in big:
            if j != i and v in t: E('value %s of %s leaks into %s' % (v[:12], i, j))
    # evasions
    for x in evs:
        s = x['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or s['encoding'] != x['encoding']: E('evasion fields ' + x['id'])
        try:
            if dec102.decode(s['encoding'], s['value']) != s['plain']: E('decode ' + x['id'])
        except Exception as ex:
            E('decode error %s %r' % (x['id'], ex))
        rule = enc102.ENC[s['encoding']][0]
        k = x['text'].find(rule)
        if k < 0 or k >= s['start']: E('rule not before run ' + x['id'])
        if s['plain'] in x['text']: E('plain verbatim ' + x['id'])
        if not ALPH.fullmatch(s['plain']): E('plain alphabet ' + x['id'])
    from collections import Counter
    ce = Counter(x['encoding'] for x in evs)
    if len(ce) != 22 or set(ce.values()) != {3}: E('encoder usage')
    if len(set(x['text'] for x in neg)) != len(neg): E('duplicate negative text')
    # deny-list
    own = own_names()
    def bad(n):
        n = n.lower()
        return n in names or any(p in names for p in n.split('__') if p)
    for cat, lst in own.items():
        if len(set(map(str.lower, lst))) != len(lst): E('own names not unique in ' + cat)
        for n in lst:
            if bad(n): E('deny-listed %s: %s' % (cat, n))
    for x in allrec + neg:
        for n in [x['container'], x.get('class', ''), x.get('encoding', '')] + [s['type'] for s in x.get('secrets', [])]:
            if n and bad(n): E('deny-listed name in record %s: %s' % (x['id'], n))
    for code3, code1, eng, _ in meta['langs']:
        if code3 in names or code3 in langs or (code1 and (code1 in names or code1 in langs)) or any(w in langs for w in eng.lower().split()):
            E('deny-listed language ' + code3)
    prose_langs = [x['container'].split('__')[-1] for x in pos if x['source'] == 'prose']
    for c in prose_langs:
        if c in names or c in langs: E('deny-listed prose language in record ' + c)
    # counts
    cs = Counter(x['source'] for x in pos)
    if strict_counts:
        if cs['everyday'] != 180: E('everyday count')
        if not 100 <= cs['vendor'] <= 140: E('vendor count')
        if not 85 <= cs['password'] <= 125: E('password count')
        if cs['prose'] != 40 or len(set(prose_langs)) != 40: E('prose count')
        if len(evs) != 66: E('evasion count')
        if len(neg) < 180 or len(set(x['class'] for x in neg)) != 16: E('negative count')
    te = set(x['type'] for x in pos if x['source'] == 'everyday'); tv = set(x['type'] for x in pos if x['source'] == 'vendor')
    tp = set(x['type'] for x in pos if x['source'] == 'password')
    if te & tv or te & tp or tv & tp or gen_prose102.SPAN_TYPE in te | tv | tp: E('span types overlap')
    for x in pos:
        for s in x['secrets']:
            if s['value'].startswith('ghu_') and len(s['value']) == 40 and base62_crc(s['value'][4:34]) != s['value'][34:]: E('crc ' + x['id'])
    return errs


def mutations(pos, evs, neg, meta, deny):
    tests = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[3]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] = 'wrongPlain99'
    def m4(p, e, n): p[5]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m5(p, e, n): n[1]['text'] = n[0]['text']
    def m6(p, e, n): n[2]['text'] += '\n-----BEGIN OPENSSH PRIVATE KEY-----'
    def m7(p, e, n): n[3]['container'] = 'dna_two_bit_acgt_quads'
    def m8(p, e, n): p[0]['id'] = 'p98-s-0001'
    def m9(p, e, n): p[1]['container'] = 'nextflow_config_env_scope_line'
    def m10(p, e, n): p[2]['text'] += ' ' + e[0]['secrets'][0]['plain']
    def m11(p, e, n):
        x = e[1]; rule = enc102.ENC[x['encoding']][0]; k = x['text'].find(rule)
        x['text'] = x['text'].replace(rule, 'encoded somehow'); d = len('encoded somehow') - len(rule)
        x['secrets'][0]['start'] += d; x['secrets'][0]['end'] += d
    def m12(p, e, n): meta['langs'] = meta['langs'] + [('isl', 'is', 'Icelandic', '')]
    def m13(p, e, n):
        for x in p:
            s = x['secrets'][0]
            if s['value'].startswith('ghu_'):
                bad = s['value'][:-1] + ('A' if s['value'][-1] != 'A' else 'B')
                x['text'] = x['text'][:s['start']] + bad + x['text'][s['end']:]; s['value'] = bad; break
    def m14(p, e, n): e[2]['type'] = e[2]['secrets'][0]['type'] = 'l10n_lokalise_api_token'
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14):
        p, e, n, mt = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg), copy.deepcopy(meta)
        meta_saved = meta
        f.__globals__  # noqa
        # m12 mutates meta through closure; give it the copy
        if f is m12:
            mt['langs'] = mt['langs'] + [('isl', 'is', 'Icelandic', '')]
        else:
            f(p, e, n)
        if not check(p, e, n, mt, deny, strict_counts=False):
            raise SystemExit('mutation test %s was not caught' % f.__name__)
        tests.append(f.__name__)
    return tests


def build_once(deny, paths):
    pos, evs, neg, meta = generate(deny)
    errs = check(pos, evs, neg, meta, deny)
    if errs:
        print('\n'.join(errs[:60])); raise SystemExit('%d check failures' % len(errs))
    files = {'secrets.jsonl': dumps(pos), 'evasions.jsonl': dumps(evs), 'negatives.jsonl': dumps(neg)}
    files['README.md'] = readme102.render(pos, evs, neg, meta, deny, own_names())
    return files, (pos, evs, neg, meta)


def main():
    if '--freeze' in sys.argv:
        names, langs = extract_denylist(sorted(os.path.join(BRIEF, f) for f in os.listdir(BRIEF)))
        json.dump({'names': names, 'languages': langs}, open(os.path.join(HERE, 'brief_names.json'), 'w', encoding='utf-8'), indent=0, ensure_ascii=False)
        print('frozen', len(names), len(langs)); return
    deny, paths = load_denylist()
    a, data = build_once(deny, paths)
    b, _ = build_once(deny, paths)
    if a != b:
        raise SystemExit('non-deterministic output')
    tests = mutations(*data, deny)
    for name, content in a.items():
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as fh:
            fh.write(content)
    pos, evs, neg, meta = data
    print('ok: %d positives, %d evasions, %d negatives; %d mutation tests caught' % (len(pos), len(evs), len(neg), len(tests)))


if __name__ == '__main__':
    main()
