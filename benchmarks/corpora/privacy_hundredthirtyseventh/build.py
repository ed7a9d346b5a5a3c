"""Build corpus p137 (funeral-home, cemetery and memorial-services developers).
Python 3 stdlib only, fixed seeds, no clock, no network. Usage: python3 build.py [outdir]"""
import sys, os, json, random, re, copy, string
import common137 as C
import everyday137, vendor137, passwords137, enc137, dec137, negatives137, readme137

PW_CAP = 105
EV_TYPES = [('fh_evasion_retort_admin_password', 'pw'), ('fh_evasion_obituary_hex_api_key', 'hex'), ('fh_evasion_livestream_token', 'an')]
WORDINGS = [
 ('hearse_garage_whiteboard_riddle', 'Written on the hearse-garage whiteboard for the relief driver: the {W} is written {R}:\n{RUN}\nWipe the board after you log in.'),
 ('urn_shelf_label_puzzle', 'Label taped under the urn display shelf: the {W} is written {R}:\n{RUN}\n(so the families cannot read it at a glance)'),
 ('chapel_av_group_chat_cipher', 'Chapel AV group chat, 07:48 - the {W} is written {R}:\n{RUN}\nDecode it yourself, I am not typing it in clear.'),
]
EV_WHAT = {'pw': 'retort HMI admin password', 'hex': 'obituary feed API key', 'an': 'livestream encoder token'}


def generate():
    dl = C.load_denylist()
    names = set(dl['names']); words = set(dl['words']); tokens = dl['tokens']; langs = set(dl['langs'])
    used = set()
    ev = everyday137.build(13701, used)
    vfirst = lambda t: C.denied(t, names) or t.split('_')[0] in words
    vd, vdrop = vendor137.build(13702, used, vfirst, 120)
    sigdeny = lambda sig: any(sig in t for t in tokens)
    pw, pdrop = passwords137.build_passwords(13703, used, sigdeny)
    pw_written = len(pw)
    keep = sorted(set(int(i * pw_written / PW_CAP) for i in range(PW_CAP))) if pw_written > PW_CAP else list(range(pw_written))
    pw_omitted = [pw[i]['type'] for i in range(pw_written) if i not in keep]
    pw = [pw[i] for i in keep]
    def langdeny(code, name):
        if code in names or code in langs or code in words:
            return True
        return any(w.lower() in langs or w.lower() in words or w.lower() in names for w in re.findall(r'[^\W\d_]+', name))
    pr, prdrop = passwords137.build_prose(13704, used, langdeny, 40)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos, 1):
        r['id'] = 'p137-s-%04d' % i
    # evasions
    g = C.Gen(random.Random(13705), used)
    evs = []
    for ei, enc in enumerate(enc137.RULES):
        for j in range(3):
            typ, kind = EV_TYPES[j]
            if kind == 'pw':
                p = C.owner_pw(g, seps='-_.')
            elif kind == 'hex':
                p = g.uniq(lambda: g.hexs(32))
            else:
                p = g.uniq(lambda: g.an(24))
            run = enc137.encode(enc, p)
            wname, wt = WORDINGS[(ei + j) % 3]
            text, s, e = C.place(wt.replace('{W}', EV_WHAT[kind]).replace('{R}', enc137.RULES[enc]), run.replace('{', '\ue003'), RUN='{V}')
            text = text.replace('\ue003', '{')
            i = text.index('{V}') if False else None
            # place() put the run at the {RUN} marker
            evs.append({'id': 'p137-e-%04d' % (len(evs) + 1), 'type': typ, 'container': enc + '__' + wname, 'encoding': enc,
                        'text': text, 'secrets': [{'value': run, 'start': s, 'end': e, 'type': typ, 'plain': p, 'encoding': enc}],
                        'source': 'evasion'})
    negs = negatives137.build(13706, set())
    for i, r in enumerate(negs, 1):
        r['id'] = 'p137-n-%04d' % i
    meta = {'vendor_dropped': vdrop, 'pw_dropped': pdrop, 'pw_written': pw_written, 'pw_omitted': pw_omitted, 'prose_dropped': prdrop,
            'vendor_candidates': len(vendor137.VENDORS), 'syntax_candidates': len(passwords137.SYNTAXES),
            'prose_candidates': len(passwords137.PROSE), 'dl_sizes': {k: len(v) for k, v in dl.items()}}
    return pos, evs, negs, meta, dl


def dumps(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')


def check(pos, evs, negs, dl):
    names = set(dl['names']); langs = set(dl['langs']); words = set(dl['words'])
    err = []
    pf = {'id', 'type', 'container', 'text', 'secrets', 'source'}
    ids = set()
    allvals = []
    for r in pos + evs:
        keys = set(r)
        exp = pf | ({'encoding'} if r['source'] == 'evasion' else set())
        if keys != exp:
            err.append('fields ' + r['id'])
        pre = 'p137-e-' if r['source'] == 'evasion' else 'p137-s-'
        if not re.fullmatch(re.escape(pre) + r'\d{4}', r['id']) or r['id'] in ids:
            err.append('id ' + r['id'])
        ids.add(r['id'])
        if len(r['secrets']) != 1:
            err.append('spans ' + r['id'])
        for s in r['secrets']:
            sk = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if r['source'] == 'evasion' else set())
            if set(s) != sk:
                err.append('span fields ' + r['id'])
            if r['text'][s['start']:s['end']] != s['value'] or s['value'] != s['value'].strip():
                err.append('slice ' + r['id'])
            if s['type'] != r['type']:
                err.append('type ' + r['id'])
            t, v = r['text'], s['value']
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != 1:
                err.append('occurs %d %s' % (cnt, r['id']))
            allvals.append((r['id'], v))
            if r['source'] == 'evasion':
                allvals.append((r['id'], s['plain']))
                try:
                    okd = dec137.decode(s['encoding'], v) == s['plain']
                except Exception:
                    okd = False
                if not okd:
                    err.append('decode ' + r['id'])
                rule = enc137.RULES.get(s['encoding'], '\ue00f')
                if t.find(rule) < 0 or t.find(rule) > s['start'] or t[s['start'] - 2:s['start']] != ':\n':
                    err.append('rule ' + r['id'])
                if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']) or s['plain'] in v:
                    err.append('plain ' + r['id'])
                if r['encoding'] != s['encoding']:
                    err.append('enc ' + r['id'])
            if r['source'] == 'prose':
                a, b = s['start'], s['end']
                if (a > 0 and not t[a - 1].isspace()) or (b < len(t) and not t[b].isspace()):
                    err.append('prose spacing ' + r['id'])
        for bad in ('\ue000', '\ue001', '\ue002', '\ue003', '@@', '\x00', 'PRIVATE KEY', '{V}'):
            if bad in r['text']:
                err.append('marker ' + r['id'])
    vals = [v for _, v in allvals]
    if len(vals) != len(set(vals)):
        err.append('value reused')
    texts = [(r['id'], r['text']) for r in pos + evs]
    own = {}
    for rid, v in allvals:
        own.setdefault(v, set()).add(rid)
    for rid, t in texts:
        for v, o in own.items():
            if rid not in o and v in t:
                err.append('value %s leaks into %s' % (sorted(o)[0], rid))
    for r in evs:
        p = r['secrets'][0]['plain']
        for rid, t in texts:
            if p in t:
                err.append('plain in text ' + rid)
    nids = set()
    for n in negs:
        if set(n) != {'id', 'class', 'container', 'text', 'source'} or n['source'] != 'negative':
            err.append('neg fields ' + str(n['id']))
        if not re.fullmatch(r'p137-n-\d{4}', n['id']) or n['id'] in nids:
            err.append('neg id ' + n['id'])
        nids.add(n['id'])
        for v in vals:
            if v in n['text']:
                err.append('value in negative ' + n['id'])
        if 'PRIVATE KEY' in n['text']:
            err.append('neg armour')
    if len(set(n['text'] for n in negs)) != len(negs):
        err.append('duplicate negative')
    if len(set(n['class'] for n in negs)) != 16 or len(negs) < 180:
        err.append('negative counts')
    # deny-list
    for r in pos + evs:
        for nm in (r['container'], r['type']) + ((r['encoding'],) if 'encoding' in r else ()):
            if C.denied(nm, names):
                err.append('deny-listed name %s in %s' % (nm, r['id']))
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            if code in langs or code in names or code in words:
                err.append('denied language ' + code)
    for n in negs:
        for nm in (n['class'], n['container']):
            if C.denied(nm, names):
                err.append('deny-listed negative name %s' % nm)
    for nm in [w for w, _ in WORDINGS] + [t for t, _ in EV_TYPES] + [w for w in negatives137.WRAPPERS if w] + passwords137.SUFFIXES + passwords137.FORMATS + [s for s, _ in vendor137.STYLES]:
        if C.denied(nm, names):
            err.append('deny-listed own name ' + nm)
    # counts and disjointness
    src = {}
    for r in pos:
        src.setdefault(r['source'], []).append(r)
    if len(src.get('everyday', [])) != 180 or not (110 <= len(src.get('vendor', [])) <= 120) or not (95 <= len(src.get('password', [])) <= 115) or len(src.get('prose', [])) != 40:
        err.append('counts')
    if len(set(r['container'] for r in src.get('prose', []))) != 40:
        err.append('prose languages')
    ts = {k: set(r['type'] for r in v) for k, v in src.items()}
    ks = list(ts)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if ts[ks[i]] & ts[ks[j]]:
                err.append('type overlap %s %s' % (ks[i], ks[j]))
    nonev = [r['container'] for r in pos if r['source'] != 'everyday']
    if len(nonev) != len(set(nonev)):
        err.append('container repeat')
    if len(evs) != 66 or len(set(r['encoding'] for r in evs)) != 22:
        err.append('evasion counts')
    return err


def mutations(pos, evs, negs, dl):
    names = dl['names']
    ms = {}
    def m(name, f):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        f(P, E, N)
        ms[name] = bool(check(P, E, N, dl))
    m('m1_shifted_start', lambda P, E, N: P[3]['secrets'][0].__setitem__('start', P[3]['secrets'][0]['start'] + 1))
    m('m2_value_in_negative', lambda P, E, N: N[0].__setitem__('text', N[0]['text'] + ' ' + P[200]['secrets'][0]['value']))
    m('m3_wrong_plain', lambda P, E, N: E[5]['secrets'][0].__setitem__('plain', 'Casket-abc12'))
    m('m4_duplicate_negative', lambda P, E, N: N[1].__setitem__('text', N[0]['text']))
    m('m5_private_key_armour', lambda P, E, N: N[2].__setitem__('text', N[2]['text'] + '\n-----BEGIN PRIVATE KEY-----'))
    m('m6_deny_listed_container', lambda P, E, N: P[10].__setitem__('container', 'harvester_stanford2010_export_service_ini'))
    m('m7_deny_listed_encoding', lambda P, E, N: (E[0].__setitem__('encoding', 'base58_bitcoin_alphabet'), E[0]['secrets'][0].__setitem__('encoding', 'base58_bitcoin_alphabet')))
    m('m8_wrong_id_prefix', lambda P, E, N: P[0].__setitem__('id', 'p136-s-0001'))
    m('m9_plain_leaked', lambda P, E, N: P[1].__setitem__('text', P[1]['text'] + E[7]['secrets'][0]['plain']))
    m('m10_deny_listed_class', lambda P, E, N: N[5].__setitem__('class', 'licence_plate_reads'))
    m('m11_denied_language', lambda P, E, N: [r.__setitem__('container', r['container'].split('__')[0] + '__deu') for r in P if r['source'] == 'prose'][:1])
    m('m12_rule_removed', lambda P, E, N: E[9].__setitem__('text', E[9]['text'].replace(enc137.RULES[E[9]['encoding']], 'in a way')))
    return ms


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    a = generate(); b = generate()
    fa = [dumps(x) for x in a[:3]]; fb = [dumps(x) for x in b[:3]]
    if fa != fb:
        raise SystemExit('non-deterministic output')
    pos, evs, negs, meta, dl = a
    err = check(pos, evs, negs, dl)
    if err:
        print('\n'.join(err[:40])); raise SystemExit('checks failed: %d' % len(err))
    ms = mutations(pos, evs, negs, dl)
    if not all(ms.values()):
        raise SystemExit('mutation not caught: %s' % [k for k, v in ms.items() if not v])
    r1 = readme137.render(pos, evs, negs, meta, ms)
    r2 = readme137.render(*b[:4], mutations(*b[:3], b[4]))
    if r1 != r2:
        raise SystemExit('README not deterministic')
    for fn, data in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), fa):
        open(os.path.join(out, fn), 'wb').write(data)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(pos), len(evs), len(negs), meta['vendor_dropped'], meta['pw_dropped'], [d for d in meta['prose_dropped'] if d[2] == 'denied'])


if __name__ == '__main__':
    main()
