"""Build privacy_sixtyfourth (p64). python3 build.py — stdlib only, deterministic."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC
from gen_decoders import DEC

def generate():
    deny = denylist.load()
    pool = common.Pool()
    ev = gen_everyday.build(pool)
    ve = gen_vendor.build(pool)
    pw = gen_passwords.build(pool)
    pr, excluded, spare = gen_prose.build(pool, deny)
    langs = [x.pop('_lang') for x in pr]
    pos = ev + ve + pw + pr
    out_pos = []
    for i, x in enumerate(pos, 1):
        out_pos.append({'id': 'p64-s-%04d' % i, **x})
    eva = [{'id': 'p64-e-%04d' % i, **x} for i, x in enumerate(gen_evasions.build(pool), 1)]
    neg = [{'id': 'p64-n-%04d' % i, **x} for i, x in enumerate(gen_negatives.build(), 1)]
    meta = {'deny': deny, 'langs': langs, 'excluded': excluded, 'spare': spare}
    return out_pos, eva, neg, meta

def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)

def own_names():
    """(name, where) of every name this corpus introduces and that must be new."""
    out = []
    for k in gen_everyday.CONTAINERS: out.append((k, 'everyday container'))
    for t in gen_everyday.NEW_TYPES: out.append((t, 'new everyday span type'))
    for t, _, _ in gen_vendor.V: out.append((t, 'vendor type'))
    for s in gen_vendor.STYLES: out.append((s, 'vendor style'))
    for t, _, _ in gen_passwords.SYN: out.append((t, 'password span type'))
    for s in gen_passwords.SUFFIX.values(): out.append((s, 'password suffix'))
    for f in gen_prose.FORMATS: out.append((f, 'prose format'))
    out.append((gen_prose.SPAN_TYPE, 'prose span type'))
    for e in ENC: out.append((e, 'encoding'))
    for w in gen_evasions.WORDINGS: out.append((w, 'evasion wording'))
    for c in gen_negatives.BASE:
        for k in gen_negatives.BASE[c]: out.append((k, 'negative base kind'))
    for w in gen_negatives.WRAPPERS:
        if w: out.append((w.strip('_'), 'negative wrapper'))
    for k in gen_negatives.doc_values(): out.append((k, 'documentation kind'))
    out.append(('media_library_item_identifier', 'new negative class'))
    return out

REPEATABLE_PARTS = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)

def check_deny(names, deny, containers):
    fs = set(deny['names']); bad = []
    for n, where in names:
        hit = denylist.overlaps(n, fs)
        if hit: bad.append((n, where, hit))
    for c in containers:
        parts = [p for p in c.lower().split('__') if p and p not in REPEATABLE_PARTS]
        for p in [c.lower()] + parts:
            if p in fs and p not in REPEATABLE_PARTS:
                bad.append((c, 'container', p))
    return bad

def check_lang(code, name, deny):
    return not (code in deny['names'] or code in deny['languages'] or code in deny['words'] or
                name.lower() in deny['languages'] or any(w.lower() in deny['words'] for w in name.split()))

def count_overlapping(text, v):
    n = i = 0
    while True:
        i = text.find(v, i)
        if i < 0: return n
        n += 1; i += 1

def checks(pos, eva, neg, meta):
    errs = []
    E = errs.append
    ids = [x['id'] for x in pos + eva + neg]
    if len(ids) != len(set(ids)): E('duplicate ids')
    for x in pos: 
        if not re.fullmatch(r'p64-s-\d{4}', x['id']): E('bad id ' + x['id'])
    for x in eva:
        if not re.fullmatch(r'p64-e-\d{4}', x['id']): E('bad id ' + x['id'])
    for x in neg:
        if not re.fullmatch(r'p64-n-\d{4}', x['id']): E('bad id ' + x['id'])
    allvals = {}
    for x in pos + eva:
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: E('json roundtrip ' + x['id'])
        t = x['text']
        if '\ue000' in t or '\ue001' in t or '\x00' in t: E('marker left ' + x['id'])
        sp = x['secrets']
        if x['type'] != sp[0]['type']: E('type mismatch ' + x['id'])
        if sp != sorted(sp, key=lambda s: s['start']): E('unsorted ' + x['id'])
        for s in sp:
            v = s['value']
            if t[s['start']:s['end']] != v: E('slice ' + x['id'])
            if v != v.strip(): E('edge whitespace ' + x['id'])
            if count_overlapping(t, v) != sum(1 for q in sp if q['value'] == v): E('occurrence count ' + x['id'])
            key = s.get('plain', v)
            if key in allvals: E('reused value ' + x['id'] + ' ' + allvals[key])
            allvals[key] = x['id']
    posvals = {s['value'] for x in pos for s in x['secrets']}
    for x in eva:
        s = x['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: E('span fields ' + x['id'])
        if s['encoding'] != x['encoding']: E('encoding mismatch ' + x['id'])
        try:
            d = DEC[s['encoding']](x['text'][:s['start']], s['value'])
        except Exception as ex:
            d = None
        if d != s['plain']: E('decode ' + x['id'])
        if s['plain'] in x['text']: E('plain verbatim ' + x['id'])
        if s['plain'] in posvals: E('plain is positive ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + x['id'])
    if set(ENC) != set(DEC): E('enc/dec sets differ')
    from collections import Counter
    ec = Counter(x['encoding'] for x in eva)
    if len(ec) != 22 or set(ec.values()) != {3}: E('evasion counts')
    texts = [x['text'] for x in neg]
    if len(texts) != len(set(texts)): E('duplicate negative text')
    bad_vals = [v for v in posvals | {x['secrets'][0]['plain'] for x in eva} if len(v) >= 6]
    docs = {v for v, _ in gen_negatives.doc_values().values()}
    for x in neg:
        if 'PRIVATE KEY' in x['text']: E('private key in negative ' + x['id'])
        for v in bad_vals:
            if v in x['text']: E('positive value in negative ' + x['id']); break
    for d in docs:
        if not any(d in x['text'] for x in neg): E('doc value missing')
        if any(d in x['text'] for x in pos + eva): E('doc value in positives')
    # deny-list
    deny = meta['deny']
    conts = [x['container'] for x in pos + eva + neg]
    for b in check_deny(own_names(), deny, conts): E('deny overlap %r' % (b,))
    for code, name in meta['langs']:
        if not check_lang(code, name, deny): E('deny language ' + code)
    # counts
    src = Counter(x['source'] for x in pos)
    if src['everyday'] != 180 or len({x['container'] for x in pos if x['source'] == 'everyday'}) != 45: E('everyday count')
    if not 100 <= src['vendor'] <= 140: E('vendor count')
    if not 90 <= src['password'] <= 125: E('password count')
    if src['prose'] != 40 or len({c for c, _ in meta['langs']}) != 40: E('prose count')
    if len(eva) != 66: E('evasion count')
    if len(neg) < 180 or len({x['class'] for x in neg}) != 16: E('negative count')
    vt = [x['type'] for x in pos if x['source'] == 'vendor']; pt = [x['type'] for x in pos if x['source'] == 'password']
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES):
        E('type uniqueness')
    return errs

def mutations(pos, eva, neg, meta):
    ms = []
    def m(name, f):
        P, V, N, M = copy.deepcopy((pos, eva, neg, meta)); f(P, V, N, M)
        ms.append((name, bool(checks(P, V, N, M))))
    m('shifted start', lambda P, V, N, M: P[3]['secrets'][0].update(start=P[3]['secrets'][0]['start'] + 1))
    m('shortened end', lambda P, V, N, M: P[200]['secrets'][0].update(end=P[200]['secrets'][0]['end'] - 1))
    m('positive value in negative', lambda P, V, N, M: N[5].update(text=N[5]['text'] + P[9]['secrets'][0]['value']))
    m('wrong plain', lambda P, V, N, M: V[7]['secrets'][0].update(plain=V[7]['secrets'][0]['plain'] + 'x'))
    m('extra unlabelled occurrence', lambda P, V, N, M: P[30].update(text=P[30]['text'] + P[30]['secrets'][0]['value']))
    m('evasion plain in negative', lambda P, V, N, M: N[50].update(text=N[50]['text'] + V[2]['secrets'][0]['plain']))
    m('duplicate negative text', lambda P, V, N, M: N[1].update(text=N[0]['text']))
    m('plain verbatim in evasion text', lambda P, V, N, M: V[11].update(text=V[11]['text'] + ' ' + V[11]['secrets'][0]['plain']))
    m('deny-listed p59 name as container part', lambda P, V, N, M: P[0].update(container=P[0]['container'] + '__adb_logcat_debug_output'))
    m('deny-listed p61 encoding as container', lambda P, V, N, M: V[0].update(container='rot47_printable_ascii'))
    def trunc(P, V, N, M):
        s = V[20]['secrets'][0]; s['value'] = s['value'][:-2]; s['end'] -= 2
    m('truncated evasion run', trunc)
    m('private key armour in negative', lambda P, V, N, M: N[3].update(text=N[3]['text'] + '-----BEGIN OPENSSH PRIVATE KEY-----\n'))
    m('deny-listed language', lambda P, V, N, M: M['langs'].__setitem__(0, ('nb', 'Bokmal')))
    return ms

def main():
    a = generate(); b = generate()
    A = [dumps(x) for x in a[:3]] + [readme.render(*a)]
    B = [dumps(x) for x in b[:3]] + [readme.render(*b)]
    if A != B: raise SystemExit('non-deterministic output')
    errs = checks(*a)
    if errs:
        print('\n'.join(errs[:50])); raise SystemExit('checks failed: %d' % len(errs))
    ms = mutations(*a)
    missed = [n for n, caught in ms if not caught]
    if missed: raise SystemExit('mutation tests not caught: %s' % missed)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], A):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            f.write(data)
    pos, eva, neg, meta = a
    print('ok: %d positives, %d evasions, %d negatives; %d mutation tests caught' % (len(pos), len(eva), len(neg), len(ms)))

if __name__ == '__main__':
    main()
