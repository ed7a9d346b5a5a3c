#!/usr/bin/env python3
"""p145 builder: stdlib only, fixed seeds, no clock, no network. Generates twice, checks, then writes."""
import json, os, re, sys, copy
from gen145 import G
import everyday145, vendor145, positional145, prose145, enc145, dec145, negatives145
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief145'
def extract_denylist():
    names, words, langs = set(), set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        t = open(os.path.join(BRIEF, fn), encoding='utf-8').read()
        for b in re.findall(r'`([^`]+)`', t):
            b = b.strip().lower(); names.add(b); names.update(x for x in b.split('__') if x)
        for s in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            s = s.lower(); names.add(s); names.update(x for x in s.split('__') if x)
        for c, n in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(c); langs.add(n.lower()); langs.update(w.lower() for w in n.split())
        words.update(w.lower() for w in re.findall(r'[A-Za-z]+', t))
    # hand list of language names mentioned in prose in the READMEs (spares and judgement calls)
    langs.update(['pashto', 'sindhi', 'yiddish', 'pus', 'snd', 'ydd', 'sun', 'zsm', 'ceb', 'kmr', 'hat', 'nya', 'wol', 'tsn', 'lin', 'sme', 'uig', 'norwegian', 'malay', 'mandarin', 'chinese', 'uzbek', 'mongolian'])
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs)}
def load_deny():
    path = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(path):
            if json.load(open(path, encoding='utf-8')) != d: raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            json.dump(d, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        return d
    return json.load(open(path, encoding='utf-8'))
DENY = load_deny(); DN = set(DENY['names']); DW = set(DENY['words']); DL = set(DENY['langs'])
DROPPED = {'vendor': [], 'lang': []}
def denied(name):
    n = name.lower(); return n in DN or any(p in DN for p in n.split('__') if p)
def span(rec, v, start, typ):
    return {'value': v, 'start': start, 'end': start + len(v), 'type': typ}
def generate():
    DROPPED['vendor'].clear(); DROPPED['lang'].clear()
    pos = []
    g = G(14501)
    for r in everyday145.build(g):
        pos.append(dict(type=r['type'], container=r['container'], text=r['text'], secrets=[span(r, r['value'], r['start'], r['type'])], source='everyday'))
    g = G(14502); vend = []
    for t, fn in vendor145.V(g):
        brand = t.split('_')[0]
        if brand in DW or brand in DN or denied(t): DROPPED['vendor'].append(t); continue
        vend.append((t, fn))
    nv = 0
    for i, (t, fn) in enumerate(vend[:120]):
        st, tpl = vendor145.STYLES[i % len(vendor145.STYLES)]
        k = vendor145.keys(t); v = fn()
        pre, post = tpl.split('{V}')
        for a, b in k.items(): pre = pre.replace('{' + a + '}', b); post = post.replace('{' + a + '}', b)
        pos.append(dict(type=t, container=t + '__' + st, text=pre + v + post, secrets=[span(None, v, len(pre), t)], source='vendor'))
    g = G(14503)
    for i, (syn, tpl) in enumerate(positional145.P):
        t = 'lvpw_' + syn
        if syn == 'ffmpeg_rtmp_url_last_segment_key': v = 'live_' + g.ch('0123456789', 9) + '_' + g.an(30)
        else: v = g.pw()
        pre, post = tpl.split('{V}')
        pos.append(dict(type=t, container=t + '__' + positional145.SUFFIXES[i % 4], text=pre + v + post, secrets=[span(None, v, len(pre), t)], source='password'))
    g = G(14504); used = 0
    for code, name, tpl in prose145.LANGS:
        if used == 40: break
        if code in DL or name.lower() in DL or any(w.lower() in DL or w.lower() in DN for w in name.split()) or name.lower() in DW:
            DROPPED['lang'].append(code); continue
        v = g.pw(); pre, post = tpl.split('{V}')
        fmt = prose145.FORMATS[used % 4]
        pos.append(dict(type=prose145.SPAN_TYPE, container=fmt + '__' + code, text=pre + v + post, secrets=[span(None, v, len(pre), prose145.SPAN_TYPE)], source='prose'))
        used += 1
    for i, r in enumerate(pos): r['id'] = 'p145-s-%04d' % (i + 1)
    pos = [{k: r[k] for k in ('id', 'type', 'container', 'text', 'secrets', 'source')} for r in pos]
    # evasions
    g = G(14505); ev = []
    ETYPES = [('lv_evasion_console_admin_password', lambda: g.pw()), ('lv_evasion_scanner_hex_key', lambda: g.hx(32)), ('lv_evasion_stream_token', lambda: g.an(24))]
    WORDINGS = [('stage_door_whiteboard_riddle', 'Stage door whiteboard, for the next crew chief - the {T} is written {R}:\n', '\n(wipe this after doors open)'),
                ('lx_crew_group_chat_puzzle', 'lx crew chat: puzzle of the night, the {T} {R}:\n', '\nfirst to decode it buys the coffee'),
                ('production_rider_margin_scribble', 'Scribbled in the margin of the rider, the {T} {R}:\n', '\n-- TM')]
    seen = set()
    for ei, enc in enumerate(enc145.E):
        rule, fn = enc145.E[enc]
        for j in range(3):
            typ, pg = ETYPES[j]; wname, wpre, wpost = WORDINGS[(ei + j) % 3]
            while True:
                p = pg(); run = fn(p)
                if p not in run and p not in seen: break
            seen.add(p)
            human = typ.replace('lv_evasion_', '').replace('_', ' ')
            pre = wpre.replace('{T}', human).replace('{R}', rule); text = pre + run + wpost
            ev.append({'id': 'p145-e-%04d' % (len(ev) + 1), 'type': typ, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                       'secrets': [{'value': run, 'start': len(pre), 'end': len(pre) + len(run), 'type': typ, 'plain': p, 'encoding': enc}], 'source': 'evasion'})
    # negatives
    g = G(14506); neg = []
    B = negatives145.bases(g)
    for cls, kinds in B.items():
        for kname, fn in kinds:
            neg.append((cls, kname, fn()))
            for wname, wt in negatives145.WRAPS:
                body = fn(); n = g.r.randint(100, 9999)
                if '%d,3 +%d' in wt: head = wt % (n, n, 'config change')
                else: head = wt % (n, 'notes for the show')
                neg.append((cls, kname + '__' + wname, head.replace('{B}', body)))
    neg = [{'id': 'p145-n-%04d' % (i + 1), 'class': c, 'container': k, 'text': t, 'source': 'negative'} for i, (c, k, t) in enumerate(neg)]
    return pos, ev, neg
def dumps(recs): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)
def check(pos, ev, neg):
    errs = []
    allrec = pos + ev
    ids = [r['id'] for r in allrec + neg]
    if len(ids) != len(set(ids)): errs.append('dup ids')
    values = []
    for r in allrec:
        if set(r) != ({'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if r['source'] == 'evasion' else set())): errs.append('fields ' + r['id'])
        if len(r['secrets']) != 1: errs.append('spans ' + r['id'])
        for s in r['secrets']:
            if r['text'][s['start']:s['end']] != s['value']: errs.append('offset ' + r['id'])
            if s['value'] != s['value'].strip() or not s['value']: errs.append('ws ' + r['id'])
            if s['type'] != r['type']: errs.append('type ' + r['id'])
            if r['text'].count(s['value']) != 1: errs.append('count ' + r['id'])
            for bad in ('{V}', '{K}', '\x00', 'PRIVATE KEY'):
                if bad in r['text']: errs.append('marker ' + r['id'])
            values.append(s['value'])
            if r['source'] == 'prose':
                t = r['text']; a = t[s['start'] - 1] if s['start'] else ' '; b = t[s['end']] if s['end'] < len(t) else ' '
                if a != ' ' or b != ' ': errs.append('prose spacing ' + r['id'])
    if len(values) != len(set(values)): errs.append('value reused')
    plains = [r['secrets'][0]['plain'] for r in ev]
    if len(plains) != len(set(plains)) or set(plains) & set(values): errs.append('plain reused')
    texts = [(r['id'], r['text']) for r in allrec] + [(n['id'], n['text']) for n in neg]
    owner = {}
    for r in allrec:
        for s in r['secrets']: owner[s['value']] = r['id']
    for v, oid in owner.items():
        for i, t in texts:
            if i != oid and v in t: errs.append('value %s in %s' % (oid, i))
    for p in plains:
        for i, t in texts:
            if p in t: errs.append('plain in text ' + i)
    for r in ev:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or s['encoding'] != r['encoding']: errs.append('ev fields ' + r['id'])
        if dec145.decode(r['encoding'], s['value']) != s['plain']: errs.append('decode ' + r['id'])
        rule = enc145.E[r['encoding']][0]; t = r['text']
        if t.find(rule) < 0 or t.find(rule) > s['start'] or t[s['start'] - 2:s['start']] != ':\n': errs.append('rule ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): errs.append('plain alphabet ' + r['id'])
    for n in neg:
        if set(n) != {'id', 'class', 'container', 'text', 'source'}: errs.append('neg fields ' + n['id'])
    if len({n['text'] for n in neg}) != len(neg): errs.append('neg dup text')
    if len({n['class'] for n in neg}) != 16 or len(neg) < 180: errs.append('neg counts')
    # deny-list
    names = set()
    for r in pos + ev: names.add(r['container']); names.add(r['type'])
    for r in ev: names.add(r['encoding'])
    for n in neg: names.add(n['class']); names.add(n['container'])
    names.update(st for st, _ in vendor145.STYLES); names.update(positional145.SUFFIXES); names.update(prose145.FORMATS)
    names.update(s for s, _ in positional145.P); names.update(w for w in ('stage_door_whiteboard_riddle', 'lx_crew_group_chat_puzzle', 'production_rider_margin_scribble'))
    names.update(w for w, _ in negatives145.WRAPS)
    for nm in names:
        if denied(nm): errs.append('deny-list overlap: ' + nm)
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            if code in DL: errs.append('language overlap ' + code)
    src = {}
    for r in pos: src.setdefault(r['source'], set()).add(r['type'])
    ks = list(src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if src[ks[i]] & src[ks[j]]: errs.append('type overlap')
    nonev = [r['container'] for r in pos if r['source'] != 'everyday'] + [r['container'] for r in ev]
    if len(nonev) != len(set(nonev)): errs.append('container dup')
    cnt = {}
    for r in pos: cnt[r['source']] = cnt.get(r['source'], 0) + 1
    if cnt.get('everyday') != 180 or cnt.get('vendor') != 120 or cnt.get('prose') != 40 or not 95 <= cnt.get('password', 0) <= 115 or len(ev) != 66: errs.append('counts %r %d' % (cnt, len(ev)))
    return errs
def mutations(pos, ev, neg):
    ms = []
    def m(f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg); f(p, e, n); ms.append(bool(check(p, e, n)))
    m(lambda p, e, n: p[0]['secrets'][0].__setitem__('start', p[0]['secrets'][0]['start'] + 1))
    m(lambda p, e, n: p[1].__setitem__('id', p[0]['id']))
    m(lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + ' ' + p[5]['secrets'][0]['value']))
    m(lambda p, e, n: e[0]['secrets'][0].__setitem__('plain', e[0]['secrets'][0]['plain'] + 'x'))
    m(lambda p, e, n: p[3].__setitem__('container', 'tank_alarm_telegraf_conf'))
    m(lambda p, e, n: n[0].__setitem__('class', 'modbus_register_maps'))
    m(lambda p, e, n: p[2].__setitem__('type', 'other'))
    m(lambda p, e, n: p.pop())
    return ms
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    a = generate(); b = generate()
    A = [dumps(x) for x in a]; Bb = [dumps(x) for x in b]
    if A != Bb: raise SystemExit('non-deterministic')
    errs = check(*a)
    if errs: raise SystemExit('CHECK FAILED:\n' + '\n'.join(errs[:40]))
    ms = mutations(*a)
    if not all(ms): raise SystemExit('mutation not caught: %r' % ms)
    import readme145
    r1 = readme145.render(*a, DROPPED, DENY, len(ms)); r2 = readme145.render(*b, DROPPED, DENY, len(ms))
    if r1 != r2: raise SystemExit('README non-deterministic')
    for fn, s in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), A):
        open(os.path.join(out, fn), 'w', encoding='utf-8').write(s)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', {k: len(x) for k, x in zip(('secrets', 'evasions', 'negatives'), a)}, 'dropped', DROPPED)
if __name__ == '__main__': main()
