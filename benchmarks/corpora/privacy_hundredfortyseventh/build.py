"""Build p147: generate twice, compare, check, then write. Standard library only."""
import json, os, re, sys, copy
import everyday147, vendor147, positional147, prose147, enc147, dec147, negatives147, readme147

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief147'
HAND_LANG = ['tgl', 'tagalog', 'swh', 'swahili', 'amh', 'amharic', 'som', 'somali', 'pashto', 'sindhi', 'yiddish',
             'rot47_printable', 'english', 'eng']


def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`]+)`', t):
            names.add(m.lower())
            for p in m.lower().split('__'):
                names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
            for p in m.lower().split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'.-]*", t):
            words.add(m.lower().strip(".'-"))
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.split(r'[\s-]+', name.lower()):
                langs.add(w)
    langs.update(HAND_LANG)
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(path):
            if json.load(open(path, encoding='utf-8')) != d:
                raise SystemExit('frozen deny-list differs from /tmp/brief147 extraction')
        else:
            json.dump(d, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        return d
    return json.load(open(path, encoding='utf-8'))


def generate(deny):
    words = set(deny['words']) | set(deny['names'])
    langs = set(deny['langs'])
    ev = everyday147.build()
    ve, vdrop = vendor147.build(drop=lambda b: b.lower() in words)
    pw = positional147.build()
    pr, pdrop, used = prose147.build(drop=lambda c, n: c in langs or n.lower() in langs or n.lower() in words
                                     or any(w in langs for w in re.split(r'[\s-]+', n.lower())))
    secrets = ev + ve + pw + pr
    for i, r in enumerate(secrets):
        r['id'] = 'p147-s-%04d' % (i + 1)
    evs = enc147.build()
    for i, r in enumerate(evs):
        r['id'] = 'p147-e-%04d' % (i + 1)
    negs = negatives147.build()
    for i, r in enumerate(negs):
        r['id'] = 'p147-n-%04d' % (i + 1)
    meta = {'vdrop': vdrop, 'pdrop': pdrop, 'langs': used}
    return secrets, evs, negs, meta


POS_KEYS = ['id', 'type', 'container', 'text', 'secrets', 'source']
EV_KEYS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
NEG_KEYS = ['id', 'class', 'container', 'text', 'source']


def dumps(recs, keys):
    return ''.join(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + '\n' for r in recs)


def check(secrets, evs, negs, deny, meta):
    errs = []
    denyset = set(deny['names']) | set(deny['words']) | set(deny['langs'])

    def denied(name):
        n = name.lower()
        return n in denyset or any(p in denyset for p in n.split('__') if p)

    ids = [r['id'] for r in secrets + evs + negs]
    if len(ids) != len(set(ids)):
        errs.append('duplicate ids')
    for r in secrets + evs:
        keys = EV_KEYS if r['source'] == 'evasion' else POS_KEYS
        if set(k for k in r if not k.startswith('_')) != set(keys):
            errs.append('fields ' + r['id'])
        if len(r['secrets']) != 1:
            errs.append('span count ' + r['id'])
        for sp in r['secrets']:
            want = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if r['source'] == 'evasion' else set())
            if set(sp) != want:
                errs.append('span fields ' + r['id'])
            if r['text'][sp['start']:sp['end']] != sp['value']:
                errs.append('offset ' + r['id'])
            if sp['value'] != sp['value'].strip() or not sp['value']:
                errs.append('edge ws ' + r['id'])
            if sp['type'] != r['type']:
                errs.append('type ' + r['id'])
            if r['text'].count(sp['value']) != 1:
                errs.append('value not once ' + r['id'])
        for bad in ('{V}', '{K}', '\0', 'PRIVATE KEY'):
            if bad in r['text']:
                errs.append('marker %r in %s' % (bad, r['id']))
        if r['source'] == 'prose':
            sp = r['secrets'][0]
            t = r['text']
            if (sp['start'] > 0 and t[sp['start'] - 1] != ' ') or (sp['end'] < len(t) and t[sp['end']] != ' '):
                errs.append('prose spacing ' + r['id'])
    vals = [r['secrets'][0]['value'] for r in secrets + evs]
    plains = [r['secrets'][0]['plain'] for r in evs]
    if len(set(vals)) != len(vals) or len(set(plains)) != len(plains):
        errs.append('reused value/plain')
    alltexts = [(r['id'], r['text']) for r in secrets + evs + negs]
    for r in secrets + evs:
        v = r['secrets'][0]['value']
        for rid, t in alltexts:
            if rid != r['id'] and v in t:
                errs.append('value of %s in %s' % (r['id'], rid))
    for p in plains:
        for rid, t in alltexts:
            if p in t:
                errs.append('plain in ' + rid)
    for r in evs:
        sp = r['secrets'][0]
        if dec147.decode(r['encoding'], sp['value']) != sp['plain']:
            errs.append('decode ' + r['id'])
        if sp['encoding'] != r['encoding']:
            errs.append('enc mismatch ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']):
            errs.append('plain alphabet ' + r['id'])
        pre = r['text'][:sp['start']]
        if r.get('_rule', '') not in pre or not pre.endswith(':\n'):
            errs.append('rule before run ' + r['id'])
    for r in negs:
        if set(r) != set(NEG_KEYS):
            errs.append('neg fields ' + r['id'])
    if len(set(r['text'] for r in negs)) != len(negs):
        errs.append('duplicate negative texts')
    if len(set(r['class'] for r in negs)) != 16 or len(negs) < 180:
        errs.append('negative counts')
    # deny-list
    names = set()
    for r in secrets + evs:
        names.update([r['container'], r['type']])
    for r in evs:
        names.add(r['encoding'])
    for r in negs:
        names.update([r['class'], r['container']])
    for code, name in meta['langs']:
        names.update([code, name.lower()])
    names.update(positional147.SUFFIXES)
    names.update(x[0] for x in vendor147.STYLES)
    names.update(prose147.FORMATS)
    names.update(w[0] for w in enc147.WORDINGS)
    for n in sorted(names):
        if denied(n):
            errs.append('deny-listed: ' + n)
    for code, name in meta['langs']:
        if code in deny['langs'] or any(w in deny['langs'] for w in re.split(r'[\s-]+', name.lower())):
            errs.append('language used before: ' + code)
    # disjoint span types
    src_types = {}
    for r in secrets:
        src_types.setdefault(r['source'], set()).add(r['type'])
    ss = list(src_types.values())
    for i in range(len(ss)):
        for j in range(i + 1, len(ss)):
            if ss[i] & ss[j]:
                errs.append('span types overlap')
    cnt = {}
    for r in secrets:
        cnt[r['source']] = cnt.get(r['source'], 0) + 1
    if cnt != {'everyday': 180, 'vendor': 120, 'password': len(positional147.P), 'prose': 40} or not 95 <= len(positional147.P) <= 115:
        errs.append('counts %r' % cnt)
    if len(evs) != 66 or len(set(r['encoding'] for r in evs)) != 22:
        errs.append('evasion counts')
    nonev = [r['container'] for r in secrets if r['source'] != 'everyday']
    if len(nonev) != len(set(nonev)):
        errs.append('non-everyday containers not unique')
    return errs


def mutation_tests(secrets, evs, negs, deny, meta):
    muts = []
    s2 = copy.deepcopy(secrets); s2[0]['secrets'][0]['start'] += 1; muts.append((s2, evs, negs))
    s2 = copy.deepcopy(secrets); s2[1]['id'] = s2[0]['id']; muts.append((s2, evs, negs))
    n2 = copy.deepcopy(negs); n2[0]['text'] += ' ' + secrets[5]['secrets'][0]['value']; muts.append((secrets, evs, n2))
    e2 = copy.deepcopy(evs); e2[0]['secrets'][0]['plain'] = 'wrongplain'; muts.append((secrets, e2, negs))
    s2 = copy.deepcopy(secrets); s2[0]['container'] = 'timecode_server_yaml'; muts.append((s2, evs, negs))
    n2 = copy.deepcopy(negs); n2[0]['class'] = 'secret_store_references'; muts.append((secrets, evs, n2))
    s2 = copy.deepcopy(secrets); s2[3]['type'] = 'x_other'; muts.append((s2, evs, negs))
    s2 = copy.deepcopy(secrets[:-1]); muts.append((s2, evs, negs))
    return [i for i, m in enumerate(muts) if not check(*m, deny, meta)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_denylist()
    g1 = generate(deny)
    g2 = generate(deny)
    b1 = [dumps(g1[0], POS_KEYS), dumps(g1[1], EV_KEYS), dumps(g1[2], NEG_KEYS)]
    b2 = [dumps(g2[0], POS_KEYS), dumps(g2[1], EV_KEYS), dumps(g2[2], NEG_KEYS)]
    if b1 != b2:
        raise SystemExit('non-deterministic output')
    errs = check(g1[0], g1[1], g1[2], deny, g1[3])
    if errs:
        print('\n'.join(errs[:80]))
        raise SystemExit('%d check failures' % len(errs))
    missed = mutation_tests(g1[0], g1[1], g1[2], deny, g1[3])
    if missed:
        raise SystemExit('mutation tests not caught: %r' % missed)
    r1 = readme147.render(g1, deny)
    r2 = readme147.render(g2, deny)
    if r1 != r2:
        raise SystemExit('README not deterministic')
    for name, b in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], b1):
        open(os.path.join(out, name), 'w', encoding='utf-8').write(b)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    s, e, n, m = g1
    print('ok', len(s), len(e), len(n), 'vendor dropped', m['vdrop'], 'lang dropped', m['pdrop'])


if __name__ == '__main__':
    main()
