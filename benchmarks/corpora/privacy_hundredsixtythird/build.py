#!/usr/bin/env python3
"""Build corpus p163 (bakery, food-manufacturing and HACCP-compliance developers).
Standard library only, fixed seeds, no clock, no network. Generates twice, compares, checks, then writes."""
import copy, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common163 import *
import everyday163, vendor163, positional163, prose163, negatives163, enc163, dec163, readme163

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief163'
FROZEN = os.path.join(HERE, 'brief_names.json')
OLD_PREFIXES = ['vmpw_', 'cjpw_', 'bbpw_', 'rcpw_', 'pawnpw_']
HAND_LANGS = ['zulu', 'nepali', 'papiamento', 'low german', 'german', 'latin', 'nato', 'caesar', 'rot13',
              'arabic', 'cyrillic', 'devanagari', 'hangul', 'han', 'myanmar', 'xhosa', 'kinyarwanda', 'malagasy',
              'maori', 'samoan', 'esperanto', 'tigrinya', 'oromo', 'tswana', 'quechua', 'haitian creole', 'english']


def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower()
            names.add(b)
            for part in b.split('__'):
                names.add(part)
        for s in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            s = s.lower()
            names.add(s)
            for part in s.split('__'):
                names.add(part)
        for w in re.findall(r'[A-Za-z0-9]+', t):
            words.add(w.lower())
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r'[A-Za-z]+', name):
                langs.add(w.lower())
    for h in HAND_LANGS:
        langs.add(h)
        for w in h.split():
            langs.add(w)
    strip = set()
    for n in names:
        for p in OLD_PREFIXES:
            if n.startswith(p):
                strip.add(n[len(p):])
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs), 'old_syntaxes': sorted(strip)}


def load_denylist():
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(FROZEN):
            old = json.load(open(FROZEN, encoding='utf-8'))
            if old != d:
                raise SystemExit('FAIL: brief deny-list differs from frozen brief_names.json')
        return d, True
    return json.load(open(FROZEN, encoding='utf-8')), False


EV_TYPES = [('bakery_evasion_oven_hmi_passcode', 'pw'), ('bakery_evasion_recipe_api_token', 'rcp'), ('bakery_evasion_label_printer_hex_key', 'hex')]
EV_WORDINGS = [
    ('proofer_room_whiteboard_riddle', 'Proofer room whiteboard: the {WHAT} is written {RULE}:\n{RUN}\nWipe after the night shift has it.'),
    ('haccp_binder_margin_cipher', 'Pencilled in the HACCP binder margin - {WHAT}, {RULE}:\n{RUN}\n(decode it yourself, QA).'),
    ('delivery_manifest_footer_puzzle', 'Footer of the route B manifest. Driver puzzle: the {WHAT} {RULE}:\n{RUN}\nGood luck, see you at 4am.'),
]
WHAT = {'pw': 'oven HMI passcode', 'rcp': 'recipe API token', 'hex': 'label printer key (hex)'}


def gen_evasions(reg):
    r = random.Random(16305)
    out = []
    for ei, (enc, (rule, fn)) in enumerate(enc163.E.items()):
        for j in range(3):
            stype, shape = EV_TYPES[j]
            wname, wtpl = EV_WORDINGS[(ei + j) % 3]
            for _ in range(200):
                if shape == 'pw':
                    p = password(r)
                elif shape == 'rcp':
                    p = 'rcp_' + rs(r, ALNUM, 24)
                else:
                    p = rs(r, HEX, 32)
                run = fn(p, r)
                if p not in run and reg.ok(p) and reg.ok(run):
                    break
            reg.add(p)
            reg.add(run)
            text = wtpl.replace('{WHAT}', WHAT[shape]).replace('{RULE}', rule).replace('{RUN}', run)
            i = text.index(':\n' + run) + 2
            out.append({'type': stype, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': i, 'end': i + len(run), 'type': stype, 'plain': p, 'encoding': enc}],
                        'source': 'evasion'})
    return out


def lang_refuser(d):
    langs, words = set(d['langs']), set(d['words'])
    def refuse(code, name):
        if code in langs or code in words or code in d['names']:
            return True
        n = name.lower()
        if n in langs or n in words:
            return True
        return any(w in langs or w in words for w in re.findall(r'[a-z]+', n))
    return refuse


def generate(d):
    reg = Registry()
    ev = everyday163.generate(reg)
    ve, vdrop, vtail = vendor163.generate(reg, set(d['words']), set(d['names']))
    pw = positional163.generate(reg, positional163.WANT)
    pr, lrefused, lspares, lkept = prose163.generate(reg, lang_refuser(d))
    evs = gen_evasions(reg)
    secrets = []
    for i, x in enumerate(ev + ve + pw + pr):
        secrets.append(dict([('id', 'p163-s-%04d' % (i + 1))] + list(x.items())))
    evasions = [dict([('id', 'p163-e-%04d' % (i + 1))] + list(x.items())) for i, x in enumerate(evs)]
    allvals = reg.values
    negs = negatives163.generate(allvals)
    negatives = [dict([('id', 'p163-n-%04d' % (i + 1))] + list(x.items())) for i, x in enumerate(negs)]
    meta = {'vendor_dropped': vdrop, 'vendor_tail': vtail, 'lang_refused': lrefused, 'lang_spares': lspares,
            'langs': [(c, n) for c, n, _ in lkept], 'syntax_unused': [s for s, _ in positional163.SYN[positional163.WANT:]]}
    return secrets, evasions, negatives, meta


def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs).encode('utf-8')


def overlaps(name, d):
    names = set(d['names'])
    n = name.lower()
    return n in names or any(p in names for p in n.split('__'))


def check(secrets, evasions, negatives, d):
    errs = []
    E = errs.append
    ids = [x['id'] for x in secrets + evasions + negatives]
    if len(ids) != len(set(ids)):
        E('duplicate id')
    allv = []
    for x in secrets + evasions:
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if x['source'] == 'evasion' else set())
        if set(x) != want:
            E('fields ' + x['id'])
        if len(x['secrets']) != 1:
            E('span count ' + x['id'])
        for s in x['secrets']:
            sw = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if x['source'] == 'evasion' else set())
            if set(s) != sw:
                E('span fields ' + x['id'])
            if x['text'][s['start']:s['end']] != s['value']:
                E('offset ' + x['id'])
            if s['value'] != s['value'].strip():
                E('edge whitespace ' + x['id'])
            if s['type'] != x['type']:
                E('type mismatch ' + x['id'])
            if x['text'].count(s['value']) != 1:
                E('value repeated ' + x['id'])
            allv.append((x['id'], s['value']))
            if 'plain' in s:
                allv.append((x['id'], s['plain']))
        for m in ['{V}', '{K}', '{P}', '{U}', '{B0}', '{BC}', '{WHAT}', '{RULE}', '{RUN}', '\0', 'PRIVATE KEY']:
            if m in x['text']:
                E('marker %r in %s' % (m, x['id']))
        if x['source'] == 'prose':
            s = x['secrets'][0]
            t = x['text']
            if (s['start'] > 0 and not t[s['start'] - 1].isspace()) or (s['end'] < len(t) and not t[s['end']].isspace()):
                E('prose value not set off ' + x['id'])
    vals = [v for _, v in allv]
    if len(vals) != len(set(vals)):
        E('value reused')
    texts = [(x['id'], x['text']) for x in secrets + evasions]
    for vid, v in allv:
        for tid, t in texts:
            if tid != vid and v in t:
                E('value of %s in %s' % (vid, tid))
        for n in negatives:
            if v in n['text']:
                E('value of %s in negative %s' % (vid, n['id']))
    for x in evasions:
        s = x['secrets'][0]
        if dec163.decode(x['encoding'], s['value']) != s['plain']:
            E('evasion decode ' + x['id'])
        if s['encoding'] != x['encoding']:
            E('evasion encoding mismatch ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']):
            E('plain alphabet ' + x['id'])
        if s['plain'] in s['value']:
            E('plain inside run ' + x['id'])
        if x['text'][s['start'] - 2:s['start']] != ':\n':
            E('rule/run layout ' + x['id'])
        rule = enc163.E[x['encoding']][0]
        if x['text'].find(rule) < 0 or x['text'].find(rule) > s['start']:
            E('rule not before run ' + x['id'])
    for x in negatives:
        if set(x) != {'id', 'class', 'container', 'text', 'source'}:
            E('neg fields ' + x['id'])
    if len({x['text'] for x in negatives}) != len(negatives):
        E('duplicate negative text')
    # deny-list
    for x in secrets + evasions:
        if overlaps(x['container'], d) or overlaps(x['type'], d):
            E('deny-listed container/type ' + x['id'])
        if x['source'] == 'password':
            syn = x['type'][len(positional163.PREFIX):]
            if syn in set(d['old_syntaxes']) or syn in set(d['names']):
                E('earlier syntax ' + x['id'])
    for enc in {x['encoding'] for x in evasions}:
        if overlaps(enc, d):
            E('deny-listed encoding ' + enc)
    for x in negatives:
        if overlaps(x['class'], d) or overlaps(x['container'], d):
            E('deny-listed negative ' + x['id'])
    for n in ([s for s, _ in vendor163.STYLES] + positional163.SUFFIXES + prose163.FORMATS +
              [w for w, _ in EV_WORDINGS] + [w for w, _ in negatives163.WRAPPERS] + [t for t, _ in EV_TYPES] + [prose163.STYPE]):
        if overlaps(n, d):
            E('deny-listed name ' + n)
    langs = {x['container'].split('__')[1] for x in secrets if x['source'] == 'prose'}
    ref = lang_refuser(d)
    for c, n, _ in prose163.LANGS:
        if c in langs and ref(c, n):
            E('language refused but used ' + c)
    srcs = {}
    for x in secrets + evasions:
        srcs.setdefault(x['source'], set()).add(x['type'])
    ks = list(srcs)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcs[ks[i]] & srcs[ks[j]]:
                E('span types shared between sources')
    conts = [x['container'] for x in secrets if x['source'] != 'everyday']
    if len(conts) != len(set(conts)):
        E('non-everyday container repeated')
    cnt = {}
    for x in secrets:
        cnt[x['source']] = cnt.get(x['source'], 0) + 1
    if cnt.get('everyday') != 180 or cnt.get('vendor') != 120 or not 95 <= cnt.get('password', 0) <= 120 or cnt.get('prose') != 40 or len(langs) != 40:
        E('counts %r' % cnt)
    if len(evasions) != 66 or len({x['encoding'] for x in evasions}) != 22:
        E('evasion counts')
    if len({x['class'] for x in negatives}) < 16 or len(negatives) < 180:
        E('negative counts')
    return errs


def mutation_tests(secrets, evasions, negatives, d):
    muts = []
    def m1(s, e, n): s[0]['secrets'][0]['start'] += 1
    def m2(s, e, n): s[1]['id'] = s[0]['id']
    def m3(s, e, n): n[0]['text'] += ' ' + s[5]['secrets'][0]['value']
    def m4(s, e, n): e[0]['secrets'][0]['plain'] = 'wrongplain'
    def m5(s, e, n): s[0]['container'] = d['names'][0]
    def m6(s, e, n): n[0]['class'] = 'dex_audit_field_values'
    def m7(s, e, n): s[0]['type'] = 'something_else'
    def m8(s, e, n): s[3]['text'] += ' ' + s[3]['secrets'][0]['value']
    def m9(s, e, n): e.pop()
    def m10(s, e, n):
        x = [r for r in s if r['source'] == 'prose'][0]
        v = x['secrets'][0]
        x['text'] = x['text'][:v['start'] - 1] + 'X' + x['text'][v['start']:]
    caught = 0
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives)
        m(s, e, n)
        if check(s, e, n, d):
            caught += 1
        else:
            raise SystemExit('FAIL: mutation %s not caught' % m.__name__)
    return caught


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    d, fresh = load_denylist()
    a = generate(d)
    b = generate(d)
    ba = [dumps(x) for x in a[:3]]
    bb = [dumps(x) for x in b[:3]]
    if ba != bb:
        raise SystemExit('FAIL: generations differ')
    errs = check(a[0], a[1], a[2], d)
    if errs:
        print('\n'.join(errs[:40]))
        raise SystemExit('FAIL: %d check errors' % len(errs))
    nm = mutation_tests(a[0], a[1], a[2], d)
    r1 = readme163.render(a, d, nm)
    r2 = readme163.render(b, d, nm)
    if r1 != r2:
        raise SystemExit('FAIL: README differs between generations')
    if not os.path.exists(FROZEN) and fresh:
        with open(FROZEN, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=0)
    os.makedirs(outdir, exist_ok=True)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], ba):
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(data)
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(r1)
    print('ok: secrets %d, evasions %d, negatives %d, mutations caught %d' % (len(a[0]), len(a[1]), len(a[2]), nm))


if __name__ == '__main__':
    main()
