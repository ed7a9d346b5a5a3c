"""p94 builder: python3 build.py  (stdlib only, fixed seeds, no clock / network)."""
import json, os, re, sys, copy, random, hashlib, hmac
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common94 as C, gen_everyday94 as GE, gen_vendor94 as GV, gen_passwords94 as GP, gen_prose94 as GR, gen_negatives94 as GN
import enc94, dec94
OUT = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(OUT, 'brief_names.json')

def denylist():
    if os.path.isdir(C.BRIEF):
        names, langs = C.extract_denylist()
        if os.path.exists(FROZEN):
            fz = json.load(open(FROZEN))
            assert fz == {'names': names, 'langs': langs}, 'frozen deny-list differs from re-extraction'
        elif '--freeze' in sys.argv:
            json.dump({'names': names, 'langs': langs}, open(FROZEN, 'w'), indent=0)
    fz = json.load(open(FROZEN))
    return set(fz['names']), set(fz['langs']) | set(C.README_LANGUAGE_WORDS)

EV_TYPES = ['chatops_matrix_bot_account_password', 'chatops_mattermost_bot_access_token', 'chatops_zulip_bot_api_key',
            'chatops_bot_admin_panel_password', 'chatops_discord_application_bot_token', 'chatops_slack_request_signing_secret']
WORDINGS = {'bot_secret_handover_dm': ('DM to the new bot owner: the value is written', 'Rotate it after the handover.'),
            'slash_command_debug_reply': ('/debug reply (ephemeral), credential shown', 'This message is only visible to you.'),
            'webhook_setup_wiki_step': ('Wiki, step 4 of the webhook setup: enter the value written', 'Then press Save and test the hook.')}

def gen_evasions(seed=9405):
    r = random.Random(seed)
    gens = {t: g for t, _, g in GE.TYPES}
    out = []
    wl = list(WORDINGS)
    for i, enc in enumerate(enc94.ENC):
        rule, f = enc94.ENC[enc]
        for j in range(3):
            typ = EV_TYPES[(i * 3 + j) % len(EV_TYPES)]
            while True:
                plain = gens[typ](r)
                run = f(plain)
                if re.fullmatch(r'[A-Za-z0-9_.-]+', plain) and run == run.strip() and plain not in run:
                    break
            w = wl[j]; phrase, remark = WORDINGS[w]
            head = '%s %s:\n' % (phrase, rule)
            text = head + run + '\n' + remark + '\n'
            out.append({'kind': enc + '__' + w, 'text': text, 'start': len(head), 'run': run, 'plain': plain, 'type': typ, 'encoding': enc, 'rule': rule})
    return out

def generate():
    names, langs = denylist()
    pos = []
    for src, rows in (('everyday', GE.build()), ('vendor', GV.build()), ('password', GP.build())):
        pos += [(src,) + t for t in rows]
    prose, used, excl, spare = GR.build(names, langs)
    pos += [('prose',) + t for t in prose]
    S = []
    for i, (src, kind, text, starts, v, typ) in enumerate(pos):
        S.append(C.record('p94-s-%04d' % (i + 1), kind, text, starts, v, typ, src))
    E = []
    for i, e in enumerate(gen_evasions()):
        E.append({'id': 'p94-e-%04d' % (i + 1), 'type': e['type'], 'container': e['kind'], 'text': e['text'], 'encoding': e['encoding'],
                  'secrets': [{'value': e['run'], 'start': e['start'], 'end': e['start'] + len(e['run']), 'type': e['type'], 'plain': e['plain'], 'encoding': e['encoding']}],
                  'source': 'evasion'})
    N = [{'id': 'p94-n-%04d' % (i + 1), 'class': c, 'container': k, 'text': t, 'source': 'negative'} for i, (c, k, t) in enumerate(GN.build())]
    meta = {'used': used, 'excl': excl, 'spare': spare, 'names': names, 'langs': langs}
    return S, E, N, meta

def dumps(rows):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows).encode('utf-8')

def own_names(S, E, N):
    d = {}
    d['everyday kind'] = [k for k, _ in GE.KINDS]; d['everyday type'] = [t for t, _, _ in GE.TYPES]
    d['vendor type'] = [t for t, _, _ in GV.V]; d['vendor style'] = GV.STYLES
    d['password syntax'] = [n for _, n, _ in GP.P]; d['password suffix'] = list(GP.SUF.values())
    d['prose format'] = [f for f, _ in GR.FORMATS]; d['prose span type'] = [GR.SPAN]
    d['encoding'] = list(enc94.ENC); d['evasion wording'] = list(WORDINGS)
    d['negative class'] = list(GN.B) + [GN.DOC_CLASS]; d['negative base kind'] = [k for v in GN.B.values() for k, _ in v] + [k for k, _ in GN.DOCS]
    d['negative wrapper'] = [w.lstrip('_') for w in GN.WRAP if w]
    d['container'] = [x['container'] for x in S + E + N]
    return d

def check(S, E, N, meta):
    names, langs = meta['names'], meta['langs']
    errs = []
    ids = [x['id'] for x in S + E + N]
    if len(ids) != len(set(ids)): errs.append('dup ids')
    for x in S: 
        if not re.fullmatch(r'p94-s-\d{4}', x['id']): errs.append('bad id ' + x['id'])
    for x in E:
        if not re.fullmatch(r'p94-e-\d{4}', x['id']): errs.append('bad id ' + x['id'])
    for x in N:
        if not re.fullmatch(r'p94-n-\d{4}', x['id']): errs.append('bad id ' + x['id'])
    allvals = {}
    for x in S + E:
        if json.loads(json.dumps(x)) != x: errs.append('json ' + x['id'])
        if x['type'] != x['secrets'][0]['type']: errs.append('type ' + x['id'])
        if C.M in x['text'] or '\0' in x['text']: errs.append('marker ' + x['id'])
        for sp in x['secrets']:
            v = sp['value']
            if x['text'][sp['start']:sp['end']] != v: errs.append('offset ' + x['id'])
            if v != v.strip(): errs.append('edge ws ' + x['id'])
            cnt = sum(1 for i in range(len(x['text'])) if x['text'].startswith(v, i))
            if cnt != sum(1 for s2 in x['secrets'] if s2['value'] == v): errs.append('occurrence count ' + x['id'])
            allvals.setdefault(v, set()).add(x['id'])
            if 'plain' in sp: allvals.setdefault(sp['plain'], set()).add(x['id'])
    for v, owners in allvals.items():
        if len(owners) > 1: errs.append('reused value %s in %s' % (v[:12], sorted(owners)))
    texts = [(x['id'], x['text']) for x in S + E] + [(x['id'], x['text']) for x in N]
    big = '\n\u0001'.join(t for _, t in texts)
    for v, owners in allvals.items():
        if len(v) < 6 and not any(v == sp.get('plain') for x in E for sp in x['secrets']): continue
        if big.count(v) > sum(1 for i, t in texts if i in owners and v in t) * 0 + sum(t.count(v) for i, t in texts if i in owners):
            errs.append('value leaks into another record: %s' % v[:16])
    for x in N:
        if 'PRIVATE KEY' in x['text']: errs.append('armour ' + x['id'])
    if len(set(x['text'] for x in N)) != len(N): errs.append('dup negative text')
    # GitHub CRC suffix
    for x in S:
        v = x['secrets'][0]['value']
        if v.startswith('ghs_') and C.b62_crc(v[4:34]) != v[34:]: errs.append('crc ' + x['id'])
    # evasions
    encs = {}
    for x in E:
        sp = x['secrets'][0]
        if dec94.decode(sp['encoding'], sp['value']) != sp['plain']: errs.append('decode ' + x['id'])
        rule = enc94.ENC[sp['encoding']][0]
        if x['text'].find(rule) < 0 or x['text'].find(rule) >= sp['start']: errs.append('rule not before run ' + x['id'])
        if sp['plain'] in x['text']: errs.append('plain verbatim ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']): errs.append('plain alphabet ' + x['id'])
        encs[sp['encoding']] = encs.get(sp['encoding'], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}: errs.append('encoder counts')
    # docs values
    if hashlib.sha1(b'').hexdigest() != GN.DOC_EXPECT['sha1'] or hashlib.sha256(b'abc').hexdigest() != GN.DOC_EXPECT['sha256abc'] \
       or hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha1').hexdigest() != GN.DOC_EXPECT['hmac2202'] \
       or hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest() != GN.DOC_EXPECT['md5fox']:
        errs.append('doc digest')
    # deny-list
    for cat, lst in own_names(S, E, N).items():
        if cat != 'container' and len(set(lst)) != len(lst): errs.append('dup own names in ' + cat)
        for n in lst:
            parts = [n.lower()] + [p for p in n.lower().split('__') if p]
            hit = [p for p in parts if p in names]
            if hit: errs.append('deny-list overlap (%s): %s' % (cat, hit))
    for code, eng, _ in meta['used']:
        if code in names or code in langs or GR.ISO1.get(code, '-') in names or any(w.lower() in langs for w in eng.split()):
            errs.append('language ' + code)
    if len(meta['used']) != 40 or len(set(c for c, _, _ in meta['used'])) != 40: errs.append('prose languages')
    src = {}
    for x in S: src[x['source']] = src.get(x['source'], 0) + 1
    if src.get('everyday') != 180 or not 100 <= src.get('vendor', 0) <= 140 or not 85 <= src.get('password', 0) <= 125 or src.get('prose') != 40: errs.append('counts %s' % src)
    if len(E) != 66 or len(N) < 180 or len(set(x['class'] for x in N)) != 16: errs.append('evasion/negative counts')
    vt = set(x['type'] for x in S if x['source'] == 'vendor'); pt = set(x['type'] for x in S if x['source'] == 'password')
    et = set(x['type'] for x in S if x['source'] == 'everyday')
    if len(vt) != src.get('vendor') or len(pt) != src.get('password') or vt & et or pt & et or vt & pt: errs.append('type uniqueness')
    return errs

def mutations(S, E, N, meta):
    tests = []
    def m1(S, E, N): S[0]['secrets'][0]['start'] += 1
    def m2(S, E, N): N[0]['text'] += ' ' + S[5]['secrets'][0]['value']
    def m3(S, E, N): E[0]['secrets'][0]['plain'] = 'x' + E[0]['secrets'][0]['plain']
    def m4(S, E, N): S[3]['text'] += ' ' + S[3]['secrets'][0]['value']
    def m5(S, E, N): N[1]['text'] = N[0]['text']
    def m6(S, E, N): N[2]['text'] += '\n-----BEGIN OPENSSH PRIVATE KEY-----'
    def m7(S, E, N): N[3]['container'] = 'base45_rfc9285'
    def m8(S, E, N): S[7]['id'] = 'p91-s-0008'
    def m9(S, E, N): S[-1]['container'] = 'irssi_autolog_privmsg_line__ltz'
    def m10(S, E, N): S[9]['text'] += ' ' + E[4]['secrets'][0]['plain']
    def m11(S, E, N): E[2]['text'] = E[2]['text'].replace(enc94.ENC[E[2]['encoding']][0], 'encoded somehow')
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11):
        s, e, n = copy.deepcopy(S), copy.deepcopy(E), copy.deepcopy(N)
        f(s, e, n)
        if not check(s, e, n, meta): tests.append(f.__name__)
    return tests

def main():
    S, E, N, meta = generate()
    S2, E2, N2, meta2 = generate()
    import readme94
    b1 = [dumps(S), dumps(E), dumps(N), readme94.render(S, E, N, meta).encode()]
    b2 = [dumps(S2), dumps(E2), dumps(N2), readme94.render(S2, E2, N2, meta2).encode()]
    assert b1 == b2, 'non-deterministic output'
    errs = check(S, E, N, meta)
    if errs:
        print('\n'.join(sorted(set(errs))[:80])); sys.exit(1)
    missed = mutations(S, E, N, meta)
    if missed:
        print('mutation tests not caught:', missed); sys.exit(1)
    for fn, b in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], b1):
        open(os.path.join(OUT, fn), 'wb').write(b)
    print('ok', len(S), len(E), len(N))

if __name__ == '__main__':
    main()
