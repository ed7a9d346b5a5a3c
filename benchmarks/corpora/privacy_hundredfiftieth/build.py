"""Build corpus p150 (optical retail / optometry / eyewear). python3 build.py [outdir]"""
import copy, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import everyday150, vendor150, positional150, prose150, evasions150, negatives150, readme150
from dec150 import decode

BRIEF = '/tmp/brief150'
HAND_LANG = ['tagalog', 'tgl', 'swahili', 'swh', 'swa', 'amharic', 'amh', 'somali', 'som', 'pashto', 'pus', 'pbt',
             'sindhi', 'snd', 'yiddish', 'yid', 'english', 'eng', 'latin', 'lat', 'kmr', 'kurmanji', 'epo', 'cmn', 'yue',
             'haw', 'hawaiian', 'mri', 'smo', 'samoan', 'plt', 'malagasy', 'sna', 'shona', 'tir', 'tigrinya', 'nno',
             'nynorsk', 'ory', 'odia', 'sun', 'nepali', 'npi', 'nep']
SEEDS = dict(everyday=15001, vendor=15002, password=15003, prose=15004, evasion=15005, negative=15006)


def extract_denylist(texts):
    names, words, langs = set(), set(), set(HAND_LANG)
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower()
            names.add(b)
            for part in b.split('__'):
                names.add(part)
        for sn in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            sn = sn.lower()
            names.add(sn)
            for part in sn.split('__'):
                if part:
                    names.add(part)
        for w in re.findall(r'[A-Za-z][A-Za-z0-9]*', t.replace('_', ' ')):
            words.add(w.lower())
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r'[A-Za-zÀ-ÿ]+', name):
                langs.add(w.lower())
    names.discard('')
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs)}


def load_deny():
    frozen = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(frozen):
            if json.load(open(frozen, encoding='utf-8')) != d:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            json.dump(d, open(frozen, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
        return d
    return json.load(open(frozen, encoding='utf-8'))


def generate(deny):
    names, words, langs = set(deny['names']), set(deny['words']), set(deny['langs'])

    def lang_ok(code, name):
        if code in langs or code in words or code in names:
            return False
        nl = name.lower()
        if nl in langs or nl in words:
            return False
        return not any(w in langs or w in words for w in re.findall(r'[a-z]+', nl))

    used = []
    ev = everyday150.build(SEEDS['everyday'], used)
    ve, vdrop = vendor150.build(SEEDS['vendor'], used, words, names)
    pw = positional150.build(SEEDS['password'], used)
    pr, ldrop, lkept = prose150.build(SEEDS['prose'], used, lang_ok)
    ea = evasions150.build(SEEDS['evasion'], used)
    ng = negatives150.build(SEEDS['negative'])
    pos = ev + ve + pw + pr
    for i, rec in enumerate(pos):
        rec_id = {'id': f'p150-s-{i + 1:04d}'}
        rec_id.update(rec)
        pos[i] = rec_id
    for i, rec in enumerate(ea):
        d = {'id': f'p150-e-{i + 1:04d}'}; d.update(rec); ea[i] = d
    for i, rec in enumerate(ng):
        d = {'id': f'p150-n-{i + 1:04d}'}; d.update(rec); ng[i] = d
    meta = {'vendor_dropped': vdrop, 'lang_dropped': ldrop, 'lang_kept': lkept}
    return pos, ea, ng, meta


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')


def deny_hit(name, names):
    n = name.lower()
    return n in names or any(p in names for p in n.split('__') if p)


def check(pos, ea, ng, deny):
    names = set(deny['names'])
    errs = []
    ids = [r['id'] for r in pos + ea + ng]
    if len(ids) != len(set(ids)):
        errs.append('duplicate id')
    posf = {'id', 'type', 'container', 'text', 'secrets', 'source'}
    allvals = []
    for r in pos + ea:
        want = posf | ({'encoding'} if r['source'] == 'evasion' else set())
        if set(r) != want:
            errs.append(f'{r["id"]}: fields {sorted(r)}')
        if len(r['secrets']) != 1:
            errs.append(f'{r["id"]}: span count')
        for s in r['secrets']:
            sf = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if r['source'] == 'evasion' else set())
            if set(s) != sf:
                errs.append(f'{r["id"]}: span fields')
            if r['text'][s['start']:s['end']] != s['value']:
                errs.append(f'{r["id"]}: offset')
            if s['value'] != s['value'].strip() or not s['value']:
                errs.append(f'{r["id"]}: edge whitespace')
            if r['text'].count(s['value']) != 1:
                errs.append(f'{r["id"]}: value not once')
            if s['type'] != r['type']:
                errs.append(f'{r["id"]}: type mismatch')
            allvals.append((r['id'], s['value']))
        for mark in ('{V}', '{K}', '{RULE}', '{RUN}', '\0', 'PRIVATE KEY'):
            if mark in r['text']:
                errs.append(f'{r["id"]}: marker {mark!r}')
        if deny_hit(r['container'], names) or deny_hit(r['type'], names):
            errs.append(f'{r["id"]}: deny-listed container/type')
        if r['source'] == 'prose':
            s = r['secrets'][0]
            t = r['text']
            if (s['start'] > 0 and t[s['start'] - 1] != ' ') or (s['end'] < len(t) and t[s['end']] != ' '):
                errs.append(f'{r["id"]}: prose value not set off by spaces')
    vals = [v for _, v in allvals]
    if len(vals) != len(set(vals)):
        errs.append('value reused')
    plains = [r['secrets'][0]['plain'] for r in ea]
    if len(plains) != len(set(plains)):
        errs.append('plain reused')
    texts = [(r['id'], r['text']) for r in pos + ea]
    for vid, v in allvals:
        for tid, t in texts:
            if tid != vid and v in t:
                errs.append(f'{vid}: value in {tid}')
    for p in plains:
        for tid, t in texts:
            if p in t:
                errs.append(f'plain {p} in {tid}')
    # evasions
    for r in ea:
        s = r['secrets'][0]
        if s['encoding'] != r['encoding']:
            errs.append(f'{r["id"]}: encoding mismatch')
        if deny_hit(r['encoding'], names):
            errs.append(f'{r["id"]}: deny-listed encoding')
        try:
            ok = decode(r['encoding'], s['value']) == s['plain']
        except Exception:
            ok = False
        if not ok:
            errs.append(f'{r["id"]}: does not decode')
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']):
            errs.append(f'{r["id"]}: plain alphabet')
        if s['plain'] in s['value']:
            errs.append(f'{r["id"]}: run contains plain')
        if r['text'][s['start'] - 2:s['start']] != ':\n':
            errs.append(f'{r["id"]}: run not after ":\\n"')
    encs = {}
    for r in ea:
        encs[r['encoding']] = encs.get(r['encoding'], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append('evasion counts')
    # negatives
    for r in ng:
        if set(r) != {'id', 'class', 'container', 'text', 'source'}:
            errs.append(f'{r["id"]}: negative fields')
        if deny_hit(r['class'], names) or deny_hit(r['container'], names):
            errs.append(f'{r["id"]}: deny-listed class/container')
        for _, v in allvals:
            if v in r['text']:
                errs.append(f'{r["id"]}: contains positive value')
        for p in plains:
            if p in r['text']:
                errs.append(f'{r["id"]}: contains plain')
    if len({r['text'] for r in ng}) != len(ng):
        errs.append('duplicate negative text')
    if len({r['class'] for r in ng}) != 16 or len(ng) < 180:
        errs.append('negative counts')
    # sources
    by = {}
    for r in pos:
        by.setdefault(r['source'], []).append(r)
    if len(by.get('everyday', [])) != 180 or len(by.get('vendor', [])) != 120 \
            or not 95 <= len(by.get('password', [])) <= 120 or len(by.get('prose', [])) != 40:
        errs.append('source counts')
    tsets = [set(r['type'] for r in by.get(k, [])) for k in ('everyday', 'vendor', 'password', 'prose')] + [set(r['type'] for r in ea)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append('span types shared between sources')
    ne = [r['container'] for r in pos if r['source'] != 'everyday']
    if len(ne) != len(set(ne)):
        errs.append('non-everyday container reused')
    if len({r['container'].split('__')[1] for r in by.get('prose', [])}) != 40:
        errs.append('prose languages')
    # style / wording / suffix names
    for nm in [s[0] for s in vendor150.STYLES] + positional150.SUFFIXES + prose150.FORMATS + [t[1] for t in evasions150.TYPES] + [w[0].lstrip('_') for w in negatives150.WRAPS if w[0]]:
        if deny_hit(nm, names) or deny_hit(nm.replace('in_', '', 1), names):
            errs.append(f'deny-listed label {nm}')
    return errs


def mutations(pos, ea, ng, deny):
    caught = 0
    tests = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['id'] = p[0]['id']
    def m3(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m5(p, e, n): p[200]['container'] = deny['names'][0]
    def m6(p, e, n): n[3]['class'] = deny['names'][1]
    def m7(p, e, n): p[3]['type'] = 'something_else'
    def m8(p, e, n): del p[-1]
    def m9(p, e, n): e[1]['encoding'] = e[1]['secrets'][0]['encoding'] = 'rot47_printable_ascii'
    def m10(p, e, n): p[400]['text'] = p[400]['text'] + ' ' + p[10]['secrets'][0]['value']
    tests = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]
    for t in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ea), copy.deepcopy(ng)
        t(p, e, n)
        if check(p, e, n, deny):
            caught += 1
        else:
            raise SystemExit(f'mutation {t.__name__} not caught')
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny()
    a = generate(deny)
    b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y):
            raise SystemExit('non-deterministic output')
    pos, ea, ng, meta = a
    errs = check(pos, ea, ng, deny)
    if errs:
        print('\n'.join(errs[:50]))
        raise SystemExit(f'{len(errs)} check failures')
    nm = mutations(pos, ea, ng, deny)
    r1 = readme150.render(pos, ea, ng, meta, deny, nm)
    r2 = readme150.render(*b[:3], b[3], deny, nm)
    if r1 != r2:
        raise SystemExit('README not deterministic')
    os.makedirs(out, exist_ok=True)
    for fn, recs in (('secrets.jsonl', pos), ('evasions.jsonl', ea), ('negatives.jsonl', ng)):
        open(os.path.join(out, fn), 'wb').write(dumps(recs))
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    print(f'ok: {len(pos)} positives, {len(ea)} evasions, {len(ng)} negatives; mutations caught {nm}; '
          f'vendor dropped {meta["vendor_dropped"]}; languages dropped {meta["lang_dropped"]}')


if __name__ == '__main__':
    main()
