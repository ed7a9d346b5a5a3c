#!/usr/bin/env python3
"""Build corpus p112 (construction / BIM developers). Standard library only, fixed seeds, no clock/network."""
import copy, json, os, random, re, sys, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shapes112, everyday112, vendor112, positional112, prose112, negatives112, enc112, dec112, readme112

OUT = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief112'
FROZEN = os.path.join(OUT, 'brief_names.json')
SEEDS = dict(everyday=11201, vendor=11202, password=11203, prose=11204, evasion=11205, negative=11206)
WORDINGS = ['rfi_forum_riddle_post', 'site_induction_quiz_footnote', 'bim_chat_brain_teaser']
EV_TYPES = [('site_evasion_nvr_admin_password', 'site camera NVR admin password', lambda S: S.pw()),
            ('site_evasion_aps_client_secret', 'APS client secret', lambda S: S.an(32)),
            ('site_evasion_procore_hex_token', 'Procore integration token', lambda S: S.hx(40))]


def extract_denylist():
    names, langs = set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        t = open(os.path.join(BRIEF, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`]+)`', t):
            for x in [m] + m.split('__'):
                if x.strip():
                    names.add(x.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            for x in [m] + m.split('__'):
                if x:
                    names.add(x.lower())
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.update(w.lower() for w in re.findall(r'[A-Za-z\u00C0-\u024F]+', name))
        for para in re.findall(r'^Prose languages.*$', t, re.M):
            langs.update(w.lower() for w in re.findall(r'\b[A-Z][a-z\u00C0-\u024F]+', para))
    return dict(names=sorted(names), langs=sorted(langs))


def load_denylist():
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(FROZEN):
            if json.load(open(FROZEN, encoding='utf-8')) != d:
                raise SystemExit('deny-list differs from frozen copy')
        return d, True
    return json.load(open(FROZEN, encoding='utf-8')), False


def place(rec, value):
    t = rec['text']
    n = len(re.findall('(?=' + re.escape(value) + ')', t))
    assert n == 1, (rec.get('container'), value, n)
    s = t.index(value)
    return s, s + len(value)


def lang_ok(L, deny):
    bad = set(deny['names']) | set(deny['langs'])
    words = [L[0], L[1]] + [w.lower() for w in re.findall(r'[A-Za-z]+', L[2])]
    return not any(w in bad for w in words)


def generate(deny):
    pos = []
    r = random.Random(SEEDS['everyday']); S = shapes112.Shapes(r)
    pos += everyday112.build(S, r)
    r = random.Random(SEEDS['vendor']); S.r = r
    pos += vendor112.build(S, r)
    r = random.Random(SEEDS['password']); S.r = r
    pos += positional112.build(S, r)
    r = random.Random(SEEDS['prose']); S.r = r
    langs = [L for L in prose112.LANGS if lang_ok(L, deny)][:40]
    excluded = [L[0] for L in prose112.LANGS if not lang_ok(L, deny)]
    for i, L in enumerate(langs):
        fmt, fn = prose112.FORMATS[i % len(prose112.FORMATS)]
        v = S.pw()
        pos.append(dict(type='site_camera_nvr_password_told_in_message', container=fmt + '__' + L[0],
                        text=fn(L[3].format(v=v), r), value=v, source='prose'))
    secrets = []
    for i, p in enumerate(pos):
        s, e = place(p, p['value'])
        secrets.append(dict(id='p112-s-%04d' % (i + 1), type=p['type'], container=p['container'], text=p['text'],
                            secrets=[dict(value=p['value'], start=s, end=e, type=p['type'])], source=p['source']))
    # evasions
    r = random.Random(SEEDS['evasion']); S.r = r
    ev = []
    k = 0
    for name, (rule, f) in enc112.ENC.items():
        if f is None:
            f = enc112.make_decoy(r)
        for j, (tname, label, g) in enumerate(EV_TYPES):
            plain = g(S)
            run = f(plain)
            wording = WORDINGS[(k + j) % 3]
            intro = {'rfi_forum_riddle_post': 'Riddle for the RFI forum: I wrote down the ',
                     'site_induction_quiz_footnote': 'Footnote to the site induction quiz: here is the ',
                     'bim_chat_brain_teaser': 'Brain teaser in the BIM chat – decode the '}[wording]
            text = f"{intro}{label} {rule}:\n{run}\n(answers by DM only, not in the thread)\n"
            s = text.index('\n' + run + '\n') + 1
            k += 1
            ev.append(dict(id='p112-e-%04d' % k, type=tname, container=name + '__' + wording, text=text,
                           secrets=[dict(value=run, start=s, end=s + len(run), type=tname, plain=plain, encoding=name)],
                           source='evasion', encoding=name))
    r = random.Random(SEEDS['negative'])
    neg = [dict(id='p112-n-%04d' % (i + 1), **{'class': n['cls']}, container=n['container'], text=n['text'], source='negative')
           for i, n in enumerate(negatives112.build(r))]
    meta = dict(langs=langs, excluded=excluded)
    return secrets, ev, neg, meta


def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs).encode('utf-8')


def own_names(secrets, ev, neg):
    n = set()
    for x in secrets + ev:
        n.add(x['container']); n.add(x['type'])
        for sp in x['secrets']:
            n.add(sp['type'])
    for x in ev:
        n.add(x['encoding'])
    for x in neg:
        n.add(x['class']); n.add(x['container'])
    n.update(WORDINGS)
    return n


def check(secrets, ev, neg, deny, meta):
    errs = []
    ids = [x['id'] for x in secrets + ev + neg]
    if len(set(ids)) != len(ids): errs.append('dup id')
    for x in secrets + ev:
        if not re.fullmatch(r'p112-[se]-\d{4}', x['id']): errs.append('bad id ' + x['id'])
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if x['source'] == 'evasion' else set())
        if set(x) != want: errs.append('fields ' + x['id'])
        if x['type'] != x['secrets'][0]['type']: errs.append('type ' + x['id'])
        for sp in x['secrets']:
            if x['text'][sp['start']:sp['end']] != sp['value']: errs.append('offset ' + x['id'])
            if sp['value'] != sp['value'].strip(): errs.append('ws ' + x['id'])
            if len(re.findall('(?=' + re.escape(sp['value']) + ')', x['text'])) != 1: errs.append('count ' + x['id'])
        if 'PRIVATE KEY' in x['text']: errs.append('armour ' + x['id'])
    for x in neg:
        if set(x) != {'id', 'class', 'container', 'text', 'source'} or not re.fullmatch(r'p112-n-\d{4}', x['id']):
            errs.append('neg fields ' + x['id'])
    if len({x['text'] for x in neg}) != len(neg): errs.append('dup negative text')
    vals = [(x['id'], sp['value']) for x in secrets for sp in x['secrets']] + \
           [(x['id'], sp['plain']) for x in ev for sp in x['secrets']]
    if len({v for _, v in vals}) != len(vals): errs.append('value reused')
    alltexts = [(x['id'], x['text']) for x in secrets + ev + neg]
    for rid, v in vals:
        if len(v) < 6: continue
        for tid, t in alltexts:
            if tid != rid and v in t:
                errs.append('leak %s in %s' % (rid, tid)); break
    for x in ev:
        sp = x['secrets'][0]
        if dec112.decode(sp['encoding'], sp['value']) != sp['plain']: errs.append('decode ' + x['id'])
        rule = enc112.ENC[sp['encoding']][0]
        if x['text'].find(rule) < 0 or x['text'].find(rule) > sp['start']: errs.append('rule ' + x['id'])
        if sp['plain'] in x['text']: errs.append('plain verbatim ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']): errs.append('alphabet ' + x['id'])
    for x in secrets:
        v = x['secrets'][0]['value']
        if v[:4] in ('ghr_', 'ghu_', 'npm_') and shapes112.b62crc(v[4:34]) != v[34:]: errs.append('crc ' + x['id'])
        if v.startswith('AGE-SECRET-KEY-1') and not shapes112.bech32_verify(v): errs.append('bech32 ' + x['id'])
        if v.startswith('glsa_') and '%08x' % zlib.crc32(v[5:37].encode()) != v[38:]: errs.append('glsa ' + x['id'])
    bad = set(deny['names'])
    for n in own_names(secrets, ev, neg):
        for part in [n] + n.split('__'):
            if part and part.lower() in bad: errs.append('denylisted name ' + part)
    for L in meta['langs']:
        if not lang_ok(L, deny): errs.append('denylisted language ' + L[0])
    if len(meta['langs']) != len({L[0] for L in meta['langs']}): errs.append('dup lang')
    if len({x['encoding'] for x in ev}) != 22: errs.append('encodings')
    groups = {}
    for x in secrets:
        groups.setdefault(x['source'], set()).add(x['type'])
    g = list(groups.values())
    for i in range(len(g)):
        for j in range(i + 1, len(g)):
            if g[i] & g[j]: errs.append('span types overlap')
    ne = [x['container'] for x in secrets + ev if x['source'] != 'everyday']
    if len(set(ne)) != len(ne): errs.append('non-everyday containers not unique')
    return errs


def mutations(secrets, ev, neg, deny, meta):
    tests = []
    def m1(s, e, n): s[0]['secrets'][0]['start'] += 1
    def m2(s, e, n): n[0]['text'] += s[5]['secrets'][0]['value']
    def m3(s, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(s, e, n): n.append(dict(n[0]))
    def m5(s, e, n): s[1]['text'] += '-----BEGIN RSA PRIVATE KEY-----'
    def m6(s, e, n): e[0]['encoding'] = deny['names'][0]
    def m7(s, e, n): s[2]['id'] = 'p111-s-0003'
    def m8(s, e, n): e[1]['text'] = e[1]['text'] + e[1]['secrets'][0]['plain']
    def m9(s, e, n): s[3]['text'] = s[3]['text'] + s[3]['secrets'][0]['value']
    def m10(s, e, n): s[4]['container'] = 'x__' + 'cups_' + 'queue' if 'cups_queue' in deny['names'] else 'x__' + deny['names'][-1]
    def m11(s, e, n):
        for x in s:
            v = x['secrets'][0]['value']
            if v.startswith('ghr_'):
                v2 = v[:-1] + ('A' if v[-1] != 'A' else 'B'); x['text'] = x['text'].replace(v, v2); x['secrets'][0]['value'] = v2; return
    for i, m in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11]):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(ev), copy.deepcopy(neg)
        m(s, e, n)
        if not check(s, e, n, deny, meta):
            raise SystemExit('mutation test %d not caught' % (i + 1))
    mm = copy.deepcopy(meta); mm['langs'] = mm['langs'] + [('fra', 'fr', 'French', '')]
    if not check(secrets, ev, neg, deny, mm):
        raise SystemExit('denylisted language mutation not caught')
    return 12


def main():
    deny, live = load_denylist()
    a = generate(deny); b = generate(deny)
    ba = [dumps(x) for x in a[:3]]; bb = [dumps(x) for x in b[:3]]
    if ba != bb: raise SystemExit('non-deterministic')
    errs = check(*a[:3], deny, a[3])
    if errs: raise SystemExit('checks failed:\n' + '\n'.join(errs[:40]))
    nm = mutations(*a[:3], deny, a[3])
    r1 = readme112.render(*a, deny, nm); r2 = readme112.render(*b, deny, nm)
    if r1 != r2: raise SystemExit('README non-deterministic')
    if live and not os.path.exists(FROZEN):
        with open(FROZEN, 'w', encoding='utf-8') as f: json.dump(deny, f, ensure_ascii=False, indent=0)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], ba):
        with open(os.path.join(OUT, name), 'wb') as f: f.write(data)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f: f.write(r1)
    print('ok', len(a[0]), len(a[1]), len(a[2]), 'langs', len(a[3]['langs']), 'excluded', a[3]['excluded'], 'mutations', nm)


if __name__ == '__main__':
    main()
