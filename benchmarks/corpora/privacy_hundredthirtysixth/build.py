#!/usr/bin/env python3
"""Build corpus p136 (forestry, sawmill and timber-supply). Python 3 stdlib only, fixed seeds."""
import sys, os, json, random, string, copy, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common136 as C, everyday136, vendor136, positional136, prose136, enc136, dec136, negatives136, readme136

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PLAIN_RE = re.compile(r'^[A-Za-z0-9_.-]+$')
EV_TYPES = [('ft_evasion_kiln_pc_password', lambda r: r.choice(C.WOODWORDS).capitalize() + r.choice('-_.') + C.rs(r, string.ascii_lowercase + string.digits, 5) + C.rs(r, string.digits, 2)),
            ('ft_evasion_scanner_api_key', lambda r: C.rs(r, C.ALNUM, 24)),
            ('ft_evasion_drone_hex_token', lambda r: C.rs(r, C.HEX, 32))]
WORDINGS = [('landing_trailer_whiteboard_puzzle', "Whiteboard in the landing trailer: the {what} is written {rule}:\n{run}\nErase after the shift."),
            ('kiln_cabinet_tape_label_text', "Label taped inside kiln cabinet 3 reads: {what}, written {rule}:\n{run}\n(do not remove)"),
            ('cruise_crew_group_chat_riddle', "Cruise crew chat - riddle of the day, the {what} written {rule}:\n{run}\nfirst one to log in gets coffee")]
WHAT = {'ft_evasion_kiln_pc_password': 'kiln PC password', 'ft_evasion_scanner_api_key': 'log scanner API key', 'ft_evasion_drone_hex_token': 'drone upload token'}

def gen(deny):
    counters = {'s': 0, 'e': 0, 'n': 0}
    def idf(k):
        def f():
            counters[k] += 1
            return 'p136-%s-%04d' % (k, counters[k])
        return f
    ids = idf('s')
    every = everyday136.build(ids)
    names = set(deny['names'])
    vend_all = vendor136.build(lambda: 'x')
    vend_drop = [v['type'] for v in vend_all if v['type'].lower() in names]
    vend_keep = [v for v in vend_all if v['type'].lower() not in names]
    vend_extra = [v['type'] for v in vend_keep[120:]]
    vend = vend_keep[:120]
    for v in vend: v['id'] = ids()
    pw, pw_drop = positional136.build(ids, deny)
    prose, pr_drop = prose136.build(ids, deny)
    secrets = every + vend + pw + prose
    # evasions
    r = random.Random(13605)
    eids = idf('e'); ev = []
    for ei, (enc, (rule, f)) in enumerate(enc136.E.items()):
        for j in range(3):
            typ, g = EV_TYPES[j]
            p = g(r)
            if enc.startswith('z85'):
                p = p[:len(p) // 4 * 4]
            wname, wt = WORDINGS[(ei + j) % 3]
            run = f(p)
            pre = wt.split('{run}')[0].replace('{what}', WHAT[typ]).replace('{rule}', rule)
            post = wt.split('{run}')[1]
            text = pre + run + post
            s = len(pre)
            ev.append({'id': eids(), 'type': typ, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                       'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': typ, 'plain': p, 'encoding': enc}], 'source': 'evasion'})
    negs = negatives136.build(idf('n'))
    meta = {'vend_drop': vend_drop, 'vend_extra': vend_extra, 'pw_drop': pw_drop, 'pr_drop': pr_drop, 'n_vendor_written': len(vend_all), 'n_pw_written': len(positional136.P), 'n_prose_written': len(prose136.L)}
    return secrets, ev, negs, meta

def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs).encode('utf-8')

def check(secrets, ev, negs, deny, meta):
    errs = []
    names = set(deny['names'])
    def denied(n):
        return n.lower() in names or any(p.lower() in names for p in n.split('__') if p)
    allv, plains = [], []
    for rec_ in secrets + ev:
        keys = set(rec_)
        exp = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if rec_['source'] == 'evasion' else set())
        if keys != exp: errs.append(('fields', rec_['id']))
        pref = 'p136-e-' if rec_['source'] == 'evasion' else 'p136-s-'
        if not re.fullmatch(re.escape(pref) + r'\d{4}', rec_['id']): errs.append(('id', rec_['id']))
        if len(rec_['secrets']) != 1: errs.append(('nspans', rec_['id']))
        for sp in rec_['secrets']:
            t = rec_['text']
            if t[sp['start']:sp['end']] != sp['value']: errs.append(('slice', rec_['id']))
            if sp['value'] != sp['value'].strip() or not sp['value']: errs.append(('edge', rec_['id']))
            if sp['type'] != rec_['type']: errs.append(('type', rec_['id']))
            n = sum(1 for i in range(len(t)) if t.startswith(sp['value'], i))
            if n != 1: errs.append(('occurs', rec_['id'], n))
            allv.append(sp['value'])
            if rec_['source'] == 'evasion':
                if set(sp) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: errs.append(('evfields', rec_['id']))
                plains.append(sp['plain'])
                if dec136.decode(sp['encoding'], sp['value']) != sp['plain']: errs.append(('decode', rec_['id']))
                if not PLAIN_RE.match(sp['plain']): errs.append(('plainalpha', rec_['id']))
                if not t[:sp['start']].endswith(':\n'): errs.append(('colon', rec_['id']))
                rule = enc136.E[sp['encoding']][0]
                if rule not in t[:sp['start']]: errs.append(('rule', rec_['id']))
                if sp['encoding'] != rec_['encoding']: errs.append(('enc', rec_['id']))
            else:
                if set(sp) != {'value', 'start', 'end', 'type'}: errs.append(('spfields', rec_['id']))
            if rec_['source'] == 'prose':
                if t[sp['start'] - 1] != ' ' or t[sp['end']] != ' ': errs.append(('prosespace', rec_['id']))
        if '\ue000' in rec_['text'] or '\x00' in rec_['text'] or 'PRIVATE KEY' in rec_['text'] or '@@' in rec_['text']: errs.append(('marker', rec_['id']))
        for nm in [rec_['container'], rec_['type']] + ([rec_['encoding']] if 'encoding' in rec_ else []):
            if denied(nm): errs.append(('deny', rec_['id'], nm))
        if rec_['source'] == 'prose':
            code = rec_['container'].split('__')[1]
            if code in deny['langs'] or code in names: errs.append(('lang', rec_['id']))
    if len(set(allv)) != len(allv): errs.append(('dupvalue',))
    if len(set(plains)) != len(plains): errs.append(('dupplain',))
    alltexts = [(x['id'], x['text']) for x in secrets + ev]
    big = '\n\u0001'.join(t for _, t in alltexts)
    for x in secrets + ev:
        v = x['secrets'][0]['value']
        if big.count(v) != 1: errs.append(('crossrec', x['id']))
    for x in ev:
        p = x['secrets'][0]['plain']
        if p in big: errs.append(('plainleak', x['id']))
    negtexts = set()
    for n in negs:
        if set(n) != {'id', 'class', 'container', 'text', 'source'}: errs.append(('negfields', n['id']))
        if not re.fullmatch(r'p136-n-\d{4}', n['id']): errs.append(('negid', n['id']))
        if n['text'] in negtexts: errs.append(('negdup', n['id']))
        negtexts.add(n['text'])
        for v in allv + plains:
            if v in n['text']: errs.append(('neghit', n['id'])); break
        if denied(n['class']) or denied(n['container']): errs.append(('negdeny', n['id']))
    if len({n['class'] for n in negs}) != 16 or len(negs) < 180: errs.append(('negcount',))
    ids_ = [x['id'] for x in secrets + ev + negs]
    if len(set(ids_)) != len(ids_): errs.append(('dupid',))
    fam = {}
    for x in secrets: fam.setdefault(x['source'], set()).add(x['type'])
    fl = list(fam.values())
    for i in range(len(fl)):
        for j in range(i + 1, len(fl)):
            if fl[i] & fl[j]: errs.append(('famoverlap',))
    cnt = {k: sum(1 for x in secrets if x['source'] == k) for k in ('everyday', 'vendor', 'password', 'prose')}
    if cnt['everyday'] != 180 or not 110 <= cnt['vendor'] <= 120 or not 95 <= cnt['password'] <= 115 or cnt['prose'] != 40: errs.append(('counts', cnt))
    if len({x['container'].split('__')[1] for x in secrets if x['source'] == 'prose'}) != 40: errs.append(('langs40',))
    if len(ev) != 66: errs.append(('evcount',))
    nonev = [x['container'] for x in secrets if x['source'] != 'everyday']
    if len(set(nonev)) != len(nonev): errs.append(('contdup',))
    return errs

def mutations(secrets, ev, negs, deny, meta):
    tests = []
    def m(name, fn):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(ev), copy.deepcopy(negs)
        fn(s, e, n)
        tests.append((name, bool(check(s, e, n, deny, meta))))
    m('m1_shifted_start', lambda s, e, n: s[0]['secrets'][0].__setitem__('start', s[0]['secrets'][0]['start'] + 1))
    m('m2_value_in_negative', lambda s, e, n: n[0].__setitem__('text', n[0]['text'] + s[5]['secrets'][0]['value']))
    m('m3_wrong_plain', lambda s, e, n: e[0]['secrets'][0].__setitem__('plain', 'x' + e[0]['secrets'][0]['plain']))
    m('m4_duplicate_negative', lambda s, e, n: n.append(dict(n[0], id='p136-n-9999')))
    m('m5_private_key_armour', lambda s, e, n: s[3].__setitem__('text', s[3]['text'] + '-----BEGIN PRIVATE KEY-----'))
    m('m6_p133_everyday_container', lambda s, e, n: s[1].__setitem__('container', 'routeware_dispatch_appsettings_json'))
    m('m7_p131_encoding_name', lambda s, e, n: (e[0].__setitem__('encoding', 'zlib_deflate_then_base64')))
    m('m8_wrong_id_prefix', lambda s, e, n: s[2].__setitem__('id', 'p135-s-0003'))
    m('m9_plain_leaked', lambda s, e, n: s[7].__setitem__('text', s[7]['text'] + ' ' + e[4]['secrets'][0]['plain']))
    m('m10_p133_negative_class', lambda s, e, n: n[3].__setitem__('class', 'rfid_bin_tag_uids'))
    m('m11_denied_language', lambda s, e, n: [x.__setitem__('container', x['container'].split('__')[0] + '__fra') for x in s if x['source'] == 'prose'][:1])
    m('m12_rule_removed', lambda s, e, n: e[2].__setitem__('text', e[2]['text'].replace(enc136.E[e[2]['encoding']][0], 'as usual')))
    return tests

def main():
    deny = C.load_deny()
    a = gen(deny); b = gen(deny)
    fa = [dumps(x) for x in a[:3]]; fb = [dumps(x) for x in b[:3]]
    if fa != fb: raise SystemExit('non-deterministic output')
    secrets, ev, negs, meta = a
    errs = check(secrets, ev, negs, deny, meta)
    if errs: raise SystemExit('checks failed: %r' % errs[:20])
    mt = mutations(secrets, ev, negs, deny, meta)
    bad = [n for n, caught in mt if not caught]
    if bad: raise SystemExit('mutations not caught: %r' % bad)
    r1 = readme136.render(secrets, ev, negs, meta, deny, [n for n, _ in mt])
    r2 = readme136.render(*gen(deny), deny, [n for n, _ in mt])
    if r1 != r2: raise SystemExit('README not deterministic')
    os.makedirs(OUT, exist_ok=True)
    for fn, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], fa):
        open(os.path.join(OUT, fn), 'wb').write(data)
    open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(secrets), len(ev), len(negs), meta['vend_drop'], meta['pw_drop'], meta['pr_drop'])

if __name__ == '__main__':
    main()
