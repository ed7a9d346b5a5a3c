"""Build p105: generate twice, compare bytes, check everything, then write three JSONL files and README.md."""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common105
from common105 import Gen, load_denylist, SLOT
import gen_everyday105, gen_vendor105, gen_passwords105, gen_prose105, gen_evasions105, gen_negatives105
import enc105, dec105, readme105

OUT = os.path.dirname(os.path.abspath(__file__))


def pick_languages(deny):
    names, langs = set(deny['names']), set(deny['languages'])
    ok, excluded = [], []
    for code, c1, name, sent in gen_prose105.LANGS:
        bad = code in names or code in langs or (c1 and (c1 in names or c1 in langs)) or \
            any(w.lower() in langs for w in re.findall(r'[A-Za-z]+', name))
        (excluded if bad else ok).append((code, c1, name, sent))
    return ok[:40], excluded, ok[40:]


def generate(deny):
    Gen.used = set()
    langs, excluded, spare = pick_languages(deny)
    pos = gen_everyday105.build('p105-s-', 1)
    pos += gen_vendor105.build('p105-s-', len(pos) + 1)
    pos += gen_passwords105.build('p105-s-', len(pos) + 1)
    pos += gen_prose105.build('p105-s-', len(pos) + 1, langs)
    ev = gen_evasions105.build('p105-e-', 1)
    neg = gen_negatives105.build('p105-n-', 1)
    return pos, ev, neg, langs, excluded, spare


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def own_names():
    n = {}
    n['everyday container'] = [c for c, _ in gen_everyday105.CONTAINERS]
    n['everyday type'] = sorted(gen_everyday105.types(Gen(1)))
    n['vendor type'] = [v[0] for v in gen_vendor105.vendors(Gen(1))]
    n['vendor style'] = [s for s, _ in gen_vendor105.STYLES]
    n['password syntax'] = [s[0] for s in gen_passwords105.SYNTAXES]
    n['password suffix'] = list(gen_passwords105.SUFFIX.values())
    n['prose format'] = [f for f, _ in gen_prose105.FORMATS] + [gen_prose105.SPAN_TYPE]
    n['encoding'] = sorted(enc105.ENC)
    n['evasion wording'] = [w for w, _ in gen_evasions105.WORDINGS]
    cls = gen_negatives105.classes(Gen(1))
    n['negative class'] = [c for c, _ in cls]
    n['negative base kind'] = [k for _, ks in cls for k, _ in ks]
    n['negative wrapper'] = [w[0] for w in gen_negatives105.WRAPPERS if w]
    return n


def deny_hits(name, names):
    parts = [name.lower()] + [p for p in name.lower().split('__') if p]
    return [p for p in parts if p in names]


def check(pos, ev, neg, langs, deny):
    errs = []
    names = set(deny['names'])
    E = errs.append
    ids = [r['id'] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): E('duplicate ids')
    for r in pos: 
        if not re.fullmatch(r'p105-s-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in ev:
        if not re.fullmatch(r'p105-e-\d{4}', r['id']): E('bad id ' + r['id'])
    for r in neg:
        if not re.fullmatch(r'p105-n-\d{4}', r['id']): E('bad id ' + r['id'])
        if set(r) != {'id', 'class', 'container', 'text', 'source'}: E('negative fields ' + r['id'])
    values, plains = [], []
    for r in pos + ev:
        t = r['text']
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E('json roundtrip ' + r['id'])
        if r['type'] != r['secrets'][0]['type']: E('type mismatch ' + r['id'])
        for s in r['secrets']:
            if t[s['start']:s['end']] != s['value']: E('offset ' + r['id'])
            if s['value'] != s['value'].strip(): E('edge whitespace ' + r['id'])
        for v in {s['value'] for s in r['secrets']}:
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != sum(1 for s in r['secrets'] if s['value'] == v): E('occurrence count ' + r['id'])
            values.append((r['id'], v))
        if 'encoding' in r:
            s = r['secrets'][0]
            if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or s['encoding'] != r['encoding']: E('evasion fields ' + r['id'])
            try:
                if dec105.decode(s['encoding'], s['value']) != s['plain']: E('decode ' + r['id'])
            except Exception:
                E('decode error ' + r['id'])
            if enc105.RULES[s['encoding']] not in t[:s['start']]: E('rule not before run ' + r['id'])
            if s['plain'] in t: E('plain verbatim ' + r['id'])
            if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + r['id'])
            plains.append((r['id'], s['plain']))
    allv = [v for _, v in values] + [p for _, p in plains]
    if len(allv) != len(set(allv)): E('labelled value or plain reused')
    texts = {r['id']: r['text'] for r in pos + ev + neg}
    for rid, v in values + plains:
        if len(v) >= 6 or (rid, v) in plains:
            for oid, t in texts.items():
                if oid != rid and v in t: E('value of %s leaks into %s' % (rid, oid)); break
    for r in pos + ev + neg:
        if SLOT in r['text'] or '\x00' in r['text']: E('slot/NUL ' + r['id'])
        if 'PRIVATE KEY' in r['text']: E('private key ' + r['id'])
        if '@V@' in r['text'] or re.search(r'@[A-Z]@', r['text']): E('leftover marker ' + r['id'])
    if len({r['text'] for r in neg}) != len(neg): E('duplicate negative text')
    if len({r['class'] for r in neg}) != 16: E('negative classes != 16')
    encs = [r['encoding'] for r in ev]
    if len(set(encs)) != 22 or any(encs.count(x) != 3 for x in set(encs)): E('encoding counts')
    # deny-list
    own = own_names()
    for cat, lst in own.items():
        if len(lst) != len(set(lst)): E('duplicate own names in ' + cat)
        for nm in lst:
            if deny_hits(nm, names): E('deny-list hit %s: %s' % (cat, nm))
    for r in pos + ev + neg:
        for field in ('container', 'class', 'encoding', 'type'):
            if field in r and deny_hits(r[field], names): E('deny-list hit record %s %s' % (r['id'], r[field]))
        for s in r.get('secrets', []):
            if deny_hits(s['type'], names): E('deny-list span type ' + r['id'])
    L = set(deny['languages'])
    for code, c1, name, _ in langs:
        if code in names or code in L or (c1 and (c1 in names or c1 in L)) or any(w.lower() in L for w in re.findall(r'[A-Za-z]+', name)):
            E('deny-listed language ' + code)
    if len({l[0] for l in langs}) != 40: E('prose languages != 40')
    src = {}
    for r in pos: src[r['source']] = src.get(r['source'], 0) + 1
    if src.get('everyday') != 180 or not 100 <= src.get('vendor', 0) <= 140 or not 85 <= src.get('password', 0) <= 125 or src.get('prose') != 40:
        E('counts %r' % src)
    if len(ev) != 66 or len(neg) < 180: E('evasion/negative counts')
    tsets = [set(own['everyday type']), set(own['vendor type']), set(own['password syntax'])]
    if tsets[0] & tsets[1] or tsets[0] & tsets[2] or tsets[1] & tsets[2]: E('span type sets overlap')
    if gen_prose105.SPAN_TYPE in set().union(*tsets): E('prose type reused')
    return errs


def mutations(pos, ev, neg, langs, deny):
    tests = []
    def m(name, f):
        P, V, N, L = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg), list(langs)
        f(P, V, N, L)
        tests.append((name, bool(check(P, V, N, L, deny))))
    m('shifted start', lambda P, V, N, L: P[3]['secrets'][0].update(start=P[3]['secrets'][0]['start'] + 1))
    m('positive value in negative', lambda P, V, N, L: N[0].update(text=N[0]['text'] + ' ' + P[10]['secrets'][0]['value']))
    m('wrong plain', lambda P, V, N, L: V[5]['secrets'][0].update(plain=V[5]['secrets'][0]['plain'] + 'x'))
    m('extra occurrence', lambda P, V, N, L: P[20].update(text=P[20]['text'] + P[20]['secrets'][0]['value']))
    m('duplicate negative', lambda P, V, N, L: N.append(dict(N[0], id='p105-n-9999')))
    m('private key armour', lambda P, V, N, L: N[1].update(text='-----BEGIN PRIVATE KEY-----'))
    m('p98 encoding as container', lambda P, V, N, L: N[2].update(container='phred33_quality_score_list'))
    m('wrong id prefix', lambda P, V, N, L: P[0].update(id='p98-s-0001'))
    m('p97 everyday container reused', lambda P, V, N, L: P[1].update(container='livekit_server_yaml_top_level'))
    m('plain leaked into positive', lambda P, V, N, L: P[30].update(text=P[30]['text'] + ' ' + V[0]['secrets'][0]['plain']))
    m('rule removed', lambda P, V, N, L: V[1].update(text=V[1]['text'].replace(enc105.RULES[V[1]['encoding']], 'somehow')))
    m('deny-listed language', lambda P, V, N, L: L.__setitem__(0, ('isl', 'is', 'Icelandic', '')))
    return tests


def main():
    deny = load_denylist()
    frozen = os.path.join(OUT, 'brief_names.json')
    if not os.path.exists(frozen):
        json.dump(deny, open(frozen, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    runs = []
    for _ in range(2):
        pos, ev, neg, langs, excluded, spare = generate(deny)
        errs = check(pos, ev, neg, langs, deny)
        if errs:
            print('\n'.join(errs[:40])); raise SystemExit('checks failed (%d)' % len(errs))
        muts = mutations(pos, ev, neg, langs, deny)
        bad = [n for n, caught in muts if not caught]
        if bad: raise SystemExit('mutation tests not caught: %r' % bad)
        readme = readme105.render(pos, ev, neg, langs, excluded, spare, deny, own_names(), len(muts))
        runs.append((dumps(pos), dumps(ev), dumps(neg), readme))
    if runs[0] != runs[1]: raise SystemExit('non-deterministic output')
    s, e, n, readme = runs[0]
    for fn, data in (('secrets.jsonl', s), ('evasions.jsonl', e), ('negatives.jsonl', n), ('README.md', readme)):
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as fh: fh.write(data)
    print('ok: %d positives, %d evasions, %d negatives' % (s.count('\n'), e.count('\n'), n.count('\n')))


if __name__ == '__main__':
    main()
