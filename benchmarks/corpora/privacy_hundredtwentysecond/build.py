#!/usr/bin/env python3
"""Build corpus p122 (semiconductor / EDA / hardware verification). Stdlib only, fixed seeds."""
import json, os, sys, re, copy
import common122 as C
from common122 import G, MARK as S, rec
import everyday122, vendor122, positional122, prose122, negatives122, enc122, dec122

OUT = os.path.dirname(os.path.abspath(__file__))
ISO1 = {'swe': 'sv', 'dan': 'da', 'fin': 'fi', 'est': 'et', 'lav': 'lv', 'lit': 'lt', 'pol': 'pl', 'ces': 'cs', 'slk': 'sk', 'slv': 'sl',
        'hrv': 'hr', 'hun': 'hu', 'ron': 'ro', 'bul': 'bg', 'mkd': 'mk', 'sqi': 'sq', 'ell': 'el', 'tur': 'tr', 'ukr': 'uk', 'cym': 'cy',
        'gle': 'ga', 'gla': 'gd', 'eus': 'eu', 'mlt': 'mt', 'fao': 'fo', 'bre': 'br', 'fas': 'fa', 'urd': 'ur', 'pan': 'pa', 'nep': 'ne',
        'tam': 'ta', 'tha': 'th', 'lao': 'lo', 'vie': 'vi', 'tgl': 'tl', 'swa': 'sw', 'som': 'so', 'ibo': 'ig', 'xho': 'xh', 'afr': 'af',
        'mlg': 'mg', 'kin': 'rw', 'kir': 'ky', 'tgk': 'tg', 'mri': 'mi', 'smo': 'sm', 'epo': 'eo', 'oci': 'oc', 'wol': 'wo', 'asm': 'as', 'ori': 'or'}
EV_TYPES = [('semidev_evasion_license_admin_password', 'pw'), ('semidev_evasion_farm_api_key', 'key'), ('semidev_evasion_bench_hmac_hex', 'hex')]
EV_WORDINGS = [
 ('verif_standup_puzzle', 'Standup puzzle from the verif team: the farm credential below is written {R}:\n{RUN}\nfirst one to decode it buys coffee.'),
 ('lab_bench_sticky_note_transcript', 'Transcript of the sticky note on bench 7. It says the secret is written {R}:\n{RUN}\n(note is going in the shredder tonight)'),
 ('rtl_review_side_comment', 'Side comment in the RTL review, so CI does not catch it: value written {R}:\n{RUN}\nplease rotate after the tapeout freeze.'),
]
PROSE_TYPE = 'semidev_prose_told_password'
PW_PREFIX = 'sipw_'


def generate(D):
    used = set()
    def uniq(g, f):
        for _ in range(1000):
            v = f()
            if v not in used and all(v not in u and u not in v for u in used if len(u) >= 8 and len(v) >= 8 and (len(u) < len(v) and u in v or len(v) < len(u) and v in u)) :
                used.add(v); return v
        raise SystemExit('could not draw a fresh value')
    words = set(D['words']); toks = D['tokens']; names = set(D['names']); langs = set(D['langs'])
    dropped = {'vendor': [], 'syntax': [], 'lang': []}
    pos, ev, neg = [], [], []
    # everyday
    g = G(12201)
    for typ, kind, tmpl, _v in everyday122.build():
        vk = dict(everyday122.TYPES)[typ]
        v = uniq(g, lambda: everyday122.gen_value(g, vk))
        pos.append(('everyday', typ, kind, tmpl, v))
    # vendor
    g = G(12202)
    fns = {t: f for t, f, k in vendor122.V}
    for typ, kind, tmpl, _v in vendor122.build():
        if typ.split('_')[0] in words:
            dropped['vendor'].append(typ); continue
        v = uniq(g, lambda: fns[typ](g))
        pos.append(('vendor', typ, kind, tmpl, v))
    # positional passwords
    g = G(12203); kept = 0
    for name, sig, tmpl, suf, _v in positional122.build():
        if any(sig in t for t in toks):
            dropped['syntax'].append((name, sig)); continue
        v = uniq(g, g.pw)
        pos.append(('password', PW_PREFIX + name, PW_PREFIX + name + '__' + suf, tmpl, v)); kept += 1
    # prose
    g = G(12204); kept = 0; used_langs = []
    for i, (code, en, tmpl) in enumerate(prose122.L):
        bad = code in names or code in langs or ISO1[code] in names or ISO1[code] in langs or any(w.lower() in langs or w.lower() in words for w in en.split())
        if bad:
            dropped['lang'].append(code); continue
        if kept >= 40: break
        v = uniq(g, g.pw)
        fmt = prose122.FORMATS[kept % len(prose122.FORMATS)]
        pos.append(('prose', PROSE_TYPE, fmt + '__' + code, tmpl, v)); kept += 1; used_langs.append((code, en))
    # evasions
    g = G(12205)
    for ei, (ename, (rule, f)) in enumerate(sorted(enc122.E.items())):
        for j in range(3):
            typ, vk = EV_TYPES[j]
            wname, wt = EV_WORDINGS[(ei + j) % 3]
            if vk == 'pw': plain = uniq(g, g.pw)
            elif vk == 'key': plain = uniq(g, lambda: 'lfk_' + g.an(28))
            else: plain = uniq(g, lambda: g.hex(32))
            run = f(plain)
            ev.append((typ, ename + '__' + wname, ename, wt.replace('{R}', rule).replace('{RUN}', S), run, plain))
    # records
    P = []
    for i, (src, typ, kind, tmpl, v) in enumerate(pos):
        P.append(rec('p122-s-%04d' % (i + 1), typ, kind, tmpl, v, src))
    E = []
    for i, (typ, kind, ename, tmpl, run, plain) in enumerate(ev):
        r = rec('p122-e-%04d' % (i + 1), typ, kind, tmpl, run, 'evasion')
        r['encoding'] = ename
        r['secrets'][0]['plain'] = plain; r['secrets'][0]['encoding'] = ename
        E.append({k: r[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']})
    N = []
    for i, (cls, cont, text) in enumerate(negatives122.build()):
        N.append({'id': 'p122-n-%04d' % (i + 1), 'class': cls, 'container': cont, 'text': text, 'source': 'negative'})
    return P, E, N, dropped, used_langs


def dumps(rows): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)


def deny_names_of(P, E, N):
    out = []
    for r in P + E: out += [('container', r['container']), ('type', r['type'])]
    for s in positional122.SUFFIXES: out.append(('pw_suffix', s))
    for n, _, _ in positional122.P: out.append(('syntax', n))
    for s, _ in vendor122.STYLES: out.append(('vendor_style', s))
    for f in prose122.FORMATS: out.append(('prose_format', f))
    for e in enc122.E: out.append(('encoding', e))
    for w, _ in EV_WORDINGS: out.append(('evasion_wording', w))
    for r in N: out += [('negative_class', r['class']), ('negative_container', r['container'])]
    return out


def check(P, E, N, D, used_langs):
    names = set(D['names'])
    errs = []
    ids = set()
    for r in P + E + N:
        if r['id'] in ids: errs.append('dup id ' + r['id'])
        ids.add(r['id'])
    for r in P:
        if set(r) != {'id', 'type', 'container', 'text', 'secrets', 'source'} or not re.fullmatch(r'p122-s-\d{4}', r['id']): errs.append('fields/id ' + r['id'])
    for r in E:
        if set(r) != {'id', 'type', 'container', 'encoding', 'text', 'secrets', 'source'} or not re.fullmatch(r'p122-e-\d{4}', r['id']): errs.append('fields/id ' + r['id'])
    for r in N:
        if set(r) != {'id', 'class', 'container', 'text', 'source'} or not re.fullmatch(r'p122-n-\d{4}', r['id']) or r['source'] != 'negative': errs.append('fields/id ' + r['id'])
    vals = []
    for r in P + E:
        if len(r['secrets']) != 1: errs.append('spans ' + r['id'])
        for s in r['secrets']:
            v = s['value']
            if r['text'][s['start']:s['end']] != v: errs.append('offset ' + r['id'])
            if v != v.strip() or not v: errs.append('edge ws ' + r['id'])
            if r['text'].count(v) != 1: errs.append('occurs!=1 ' + r['id'])
            if s['type'] != r['type']: errs.append('type ' + r['id'])
            vals.append((r['id'], v))
        for bad in ('\x00', 'PRIVATE KEY'):
            if bad in r['text']: errs.append('marker ' + r['id'])
    allv = [v for _, v in vals]
    if len(set(allv)) != len(allv): errs.append('value reused')
    texts = [(r['id'], r['text']) for r in P + E]
    for rid, v in vals:
        for tid, t in texts:
            if tid != rid and v in t: errs.append('value %s of %s in %s' % (v, rid, tid))
        for n in N:
            if v in n['text']: errs.append('value of %s in %s' % (rid, n['id']))
    plains = [s['plain'] for r in E for s in r['secrets']]
    if len(set(plains)) != len(plains): errs.append('plain reused')
    for r in E:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or s['encoding'] != r['encoding']: errs.append('ev fields ' + r['id'])
        try:
            if dec122.decode(r['encoding'], s['value']) != s['plain']: errs.append('decode ' + r['id'])
        except Exception as ex: errs.append('decode exc %s %s' % (r['id'], ex))
        rule = enc122.E[r['encoding']][0]
        if r['text'].find(rule) < 0 or r['text'].find(rule) > s['start']: errs.append('rule order ' + r['id'])
        if s['plain'] in allv: errs.append('plain is a value ' + r['id'])
    for p in plains:
        for _, t in texts + [(n['id'], n['text']) for n in N]:
            if p in t: errs.append('plain in text ' + p)
    for r in P:
        if r['source'] == 'prose':
            s = r['secrets'][0]; t = r['text']
            if not (t[s['start'] - 1] == ' ' and t[s['end']] == ' '): errs.append('prose spacing ' + r['id'])
    ntexts = [n['text'] for n in N]
    if len(set(ntexts)) != len(ntexts): errs.append('dup negative text')
    if len({n['class'] for n in N}) != 16: errs.append('negative classes != 16')
    if len({c for c, _ in used_langs}) != 40: errs.append('languages != 40')
    src_types = {}
    for r in P: src_types.setdefault(r['source'], set()).add(r['type'])
    ks = list(src_types)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if src_types[ks[i]] & src_types[ks[j]]: errs.append('type overlap %s %s' % (ks[i], ks[j]))
    for what, n in deny_names_of(P, E, N):
        parts = [n.lower()] + [p for p in n.lower().split('__') if p]
        for p in parts:
            if p in names: errs.append('deny-list overlap %s %s (%s)' % (what, n, p))
    return errs


MUTATIONS = [
 ('shifted start', lambda P, E, N: P[3]['secrets'][0].__setitem__('start', P[3]['secrets'][0]['start'] + 1)),
 ('positive value in negative', lambda P, E, N: N[0].__setitem__('text', N[0]['text'] + ' ' + P[10]['secrets'][0]['value'])),
 ('wrong plain', lambda P, E, N: E[5]['secrets'][0].__setitem__('plain', E[5]['secrets'][0]['plain'] + 'x')),
 ('p121 negative class', lambda P, E, N: N[7].__setitem__('class', 'icc_profile_ids')),
 ('wrong id prefix', lambda P, E, N: P[0].__setitem__('id', 'p121-s-0001')),
 ('plain leaked', lambda P, E, N: P[20].__setitem__('text', P[20]['text'] + E[2]['secrets'][0]['plain'])),
 ('p121 encoding name', lambda P, E, N: E[0].__setitem__('container', 'twips_times_twenty')),
 ('extra occurrence', lambda P, E, N: P[30].__setitem__('text', P[30]['text'] + P[30]['secrets'][0]['value'])),
 ('duplicate negative', lambda P, E, N: N[1].__setitem__('text', N[0]['text'])),
 ('p121 container kind', lambda P, E, N: P[40].__setitem__('container', 'rip_controller_ini_section')),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    D = C.load_denylist()
    a = generate(D); b = generate(D)
    ja = [dumps(x) for x in a[:3]]; jb = [dumps(x) for x in b[:3]]
    if ja != jb: raise SystemExit('non-deterministic')
    P, E, N, dropped, used_langs = a
    errs = check(P, E, N, D, used_langs)
    if errs:
        print('\n'.join(errs[:60])); raise SystemExit('%d check failures' % len(errs))
    for name, m in MUTATIONS:
        P2, E2, N2 = copy.deepcopy(P), copy.deepcopy(E), copy.deepcopy(N)
        m(P2, E2, N2)
        if not check(P2, E2, N2, D, used_langs): raise SystemExit('mutation not caught: ' + name)
    import readme122
    r1 = readme122.render(P, E, N, dropped, used_langs, D); r2 = readme122.render(*generate(D)[:5], D)
    if r1 != r2: raise SystemExit('README not deterministic')
    for fn, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], ja):
        with open(os.path.join(out, fn), 'w', encoding='utf-8') as f: f.write(s)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as f: f.write(r1)
    print('positives', len(P), 'evasions', len(E), 'negatives', len(N))
    print('dropped', dropped)

if __name__ == '__main__':
    main()
