import sys, os, json, re, glob, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common144 import *
import everyday144, vendor144, positional144, prose144, negatives144, enc144, dec144
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
DENY = json.load(open(os.path.join(HERE, 'brief_names.json')))
if os.path.isdir('/tmp/brief144'):
    d2 = json.loads(json.dumps(extract_denylist([open(f).read() for f in sorted(glob.glob('/tmp/brief144/*.md'))])))
    assert d2 == DENY, 'deny-list drift'
NAMES, WORDS, TOKENS, LANGS = set(DENY['names']), set(DENY['words']), DENY['tokens'], set(DENY['langs'])
EV_TYPES = ['cea_evasion_climate_password', 'cea_evasion_dosing_api_key', 'cea_evasion_scale_hex_token']
EV_WORD = [('grower_whatsapp_riddle', "Riddle for the night grower - the {T} is written {R}:\n{X}\nGood luck, answer before the lights ramp up.\n"),
           ('propagation_room_clipboard_note', "Clipboard note, propagation room. The {T} below is written {R}:\n{X}\n(do not leave this on the bench)\n"),
           ('packhouse_shift_log_puzzle', "Shift log 22:10 - passing on the {T}, written {R}:\n{X}\n-- end of log\n")]
def bad(name):
    parts = [name.lower()] + name.lower().split('__')
    return [p for p in parts if p in NAMES or p in WORDS or p in TOKENS or p in LANGS]
def generate():
    ev, ek, et = everyday144.build()
    vd, vdrop, vstyles, vcand = vendor144.build(WORDS, NAMES)
    pw, pdrop, psuf, pcand = positional144.build(TOKENS)
    pr, ldrop, lused, pformats = prose144.build(LANGS, WORDS, NAMES)
    encs = [e for e in enc144.E if not bad(e)][:22]
    r = random.Random(14405); seen = set(x['secrets'][0]['value'] for x in ev + vd + pw + pr); evs = []
    gens = [lambda: owner_pw(r), lambda: 'dsk_' + A(r, 24), lambda: H(r, 32)]
    tnames = ['climate computer password', 'dosing API key', 'scale hex token']
    for ei, e in enumerate(encs):
        rule, f = enc144.E[e]
        for j in range(3):
            ti = (ei + j) % 3
            while True:
                p = gens[ti]()
                if p not in seen: seen.add(p); break
            run = f(p); wn, wt = EV_WORD[(ei + 2 * j) % 3]
            text = wt.replace('{T}', tnames[ti]).replace('{R}', rule).replace('{X}', '\x00'); s = text.index('\x00'); text = text.replace('\x00', run)
            evs.append(dict(type=EV_TYPES[ti], container=e + '__' + wn, encoding=e, text=text,
                            secrets=[dict(value=run, start=s, end=s + len(run), type=EV_TYPES[ti], plain=p, encoding=e)], source='evasion'))
    neg, ncls, nbase, nwrap = negatives144.build()
    pos = ev + vd + pw + pr
    for i, x in enumerate(pos): x['id'] = 'p144-s-%04d' % (i + 1)
    for i, x in enumerate(evs): x['id'] = 'p144-e-%04d' % (i + 1)
    for i, x in enumerate(neg): x['id'] = 'p144-n-%04d' % (i + 1)
    order = lambda x, ks: {k: x[k] for k in ks}
    pos = [order(x, ['id', 'type', 'container', 'text', 'secrets', 'source']) for x in pos]
    evs = [order(x, ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']) for x in evs]
    neg = [order(x, ['id', 'class', 'container', 'text', 'source']) for x in neg]
    meta = dict(ek=ek, et=et, vdrop=vdrop, vstyles=vstyles, vcand=vcand, pdrop=pdrop, psuf=psuf, pcand=pcand, ldrop=ldrop, lused=lused,
                pformats=pformats, lcand=len(prose144.LANGS), encs=encs, ncls=ncls, nbase=nbase, nwrap=nwrap, vtypes=[x['type'] for x in vd], ptypes=[x['type'] for x in pw])
    dump = lambda L: ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in L)
    return dump(pos), dump(evs), dump(neg), pos, evs, neg, meta
def check(pos, evs, neg, meta):
    allv = []
    for rec in pos + evs:
        assert len(rec['secrets']) == 1 and rec['type'] == rec['secrets'][0]['type']
        sp = rec['secrets'][0]; t = rec['text']; v = sp['value']
        assert t[sp['start']:sp['end']] == v and v == v.strip() and v
        assert len(re.findall('(?=' + re.escape(v) + ')', t)) == 1, rec['id']
        assert '\x00' not in t and '{V}' not in t and 'PRIVATE KEY' not in t
        allv.append(v)
    assert len(set(allv)) == len(allv), 'value reused'
    plains = [x['secrets'][0]['plain'] for x in evs]; assert len(set(plains) | set(allv)) == len(plains) + len(allv)
    texts = [x['text'] for x in pos + evs]; ntexts = [x['text'] for x in neg]
    for rec in pos + evs:
        v = rec['secrets'][0]['value']
        for other in pos + evs:
            if other is not rec: assert v not in other['text'], (rec['id'], other['id'])
        for nt in ntexts: assert v not in nt, rec['id']
    for p in plains:
        for t in texts + ntexts: assert p not in t, p
    for rec in evs:
        sp = rec['secrets'][0]; assert dec144.decode(sp['encoding'], sp['value']) == sp['plain']
        assert re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']); rule = enc144.E[sp['encoding']][0]
        assert rec['text'].find(rule) != -1 and rec['text'].find(rule) < sp['start'] and rec['text'][sp['start'] - 2:sp['start']] == ':\n'
    for rec in pos:
        if rec['source'] == 'prose':
            s = rec['secrets'][0]; assert rec['text'][s['start'] - 1] == ' ' and rec['text'][s['end']] == ' '
    assert len(set(ntexts)) == len(ntexts) and len(neg) >= 180 and len({x['class'] for x in neg}) == 16
    assert all(set(x) == {'id', 'class', 'container', 'text', 'source'} for x in neg)
    for x in pos: assert re.fullmatch(r'p144-s-\d{4}', x['id'])
    own = meta['ek'] + meta['et'] + meta['vstyles'] + meta['vtypes'] + meta['ptypes'] + meta['psuf'] + meta['pformats'] + [prose144.SPAN] + meta['encs'] + EV_TYPES + [w for w, _ in EV_WORD] + meta['ncls'] + meta['nbase'] + [w.strip('_') for w in meta['nwrap']]
    own += [x['container'] for x in pos + evs] + [x['container'] for x in neg] + [x['class'] for x in neg] + [x['type'] for x in pos + evs] + [c for c, _ in meta['lused']] + [n.lower() for _, n in meta['lused']]
    hits = {o: bad(o) for o in own if bad(o)}
    assert not hits, hits
    src = [x['source'] for x in pos]
    assert src.count('everyday') == 180 and src.count('vendor') == 120 and 95 <= src.count('password') <= 110 and src.count('prose') == 40 and len(evs) == 66
    assert len({x['container'] for x in pos if x['source'] != 'everyday'}) == len([x for x in pos if x['source'] != 'everyday'])
    return True
if __name__ == '__main__':
    a = generate(); b = generate()
    assert a[:3] == b[:3], 'nondeterministic'
    check(*a[3:])
    import readme144
    ra = readme144.render(*a[3:]); rb = readme144.render(*b[3:]); assert ra == rb
    for name, data in [('secrets.jsonl', a[0]), ('evasions.jsonl', a[1]), ('negatives.jsonl', a[2]), ('README.md', ra)]:
        open(os.path.join(OUT, name), 'w', encoding='utf-8').write(data)
    print('ok', len(a[3]), len(a[4]), len(a[5]))
