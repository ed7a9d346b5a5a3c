"""Build corpus p100 (scholarly writing and research-publishing workflows). Standard library only.
python3 build.py            generate twice, check, write
python3 build.py --freeze   (re)write brief_names.json from /tmp/brief100/ READMEs
"""
import json, os, sys, copy, re, hashlib, base64
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common100 import extract_denylist, overlaps, NOTATION_WORDS, bech32_verify, base62_crc
import gen_positive100 as GP, gen_passwords100 as GW, gen_prose100 as GR, gen_evneg100 as GE, dec100
from enc100 import ENC, RULES

BRIEF = '/tmp/brief100'
FROZEN = os.path.join(HERE, 'brief_names.json')


def load_deny(freeze=False):
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        names, langs = extract_denylist(texts)
        if freeze:
            json.dump({'names': names, 'languages': langs}, open(FROZEN, 'w'), indent=0)
        fz = json.load(open(FROZEN))
        if fz['names'] != names or fz['languages'] != langs:
            raise SystemExit('deny-list differs from frozen brief_names.json')
    fz = json.load(open(FROZEN))
    return set(fz['names']), set(fz['languages'])


def generate(deny, langs):
    ev = GP.gen_everyday(); ve = GP.gen_vendor(); pw = GW.gen_passwords()
    chosen, excluded = GR.select_languages(deny, langs)
    pr = GR.gen_prose(chosen)
    pos = ev + ve + pw + pr
    for i, rec in enumerate(pos):
        rec_id = 'p100-s-%04d' % (i + 1)
        pos[i] = {'id': rec_id, 'type': rec['type'], 'container': rec['container'], 'text': rec['text'], 'secrets': rec['secrets'], 'source': rec['source']}
    evs = GE.gen_evasions()
    evs = [{'id': 'p100-e-%04d' % (i + 1), 'type': e['type'], 'container': e['container'], 'encoding': e['encoding'], 'text': e['text'], 'secrets': e['secrets'], 'source': e['source']} for i, e in enumerate(evs)]
    negs = GE.gen_negatives()
    negs = [{'id': 'p100-n-%04d' % (i + 1), 'class': n['class'], 'container': n['container'], 'text': n['text'], 'source': n['source']} for i, n in enumerate(negs)]
    return pos, evs, negs, chosen, excluded


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1; i = text.find(v, i + 1)
    return n


def own_names():
    """Every name this corpus introduces, by category."""
    cats = {
        'everyday_container': [c for c, _ in GP.EVERYDAY_CONTAINERS],
        'everyday_type': [t[0] for t in GP.EVERYDAY_TYPES],
        'vendor_type': [t[0] for t in GP.VENDOR],
        'vendor_style': [s for s, _ in GP.VENDOR_STYLES],
        'password_syntax': [s[0] for s in GW.SYNTAXES],
        'password_suffix': list(GW.SUFFIX.values()),
        'prose_format': [f for f, _ in GR.FORMATS],
        'prose_type': [GR.PROSE_TYPE],
        'encoding': list(ENC),
        'evasion_wording': [w[0] for w in GE.WORDINGS],
        'negative_class': list(GE.NEG) + ['published_scholarly_example_value'],
        'negative_base_kind': [k for b in GE.NEG.values() for k, _ in b] + [k for k, _ in GE.published_examples()],
        'negative_wrapper': [w[0].lstrip('_') for w in GE.WRAPPERS if w[0]],
    }
    return cats


def check(pos, evs, negs, deny, langs, chosen):
    errs = []
    ids = [r['id'] for r in pos + evs + negs]
    if len(set(ids)) != len(ids): errs.append('duplicate ids')
    for r in pos:
        if not re.fullmatch(r'p100-s-\d{4}', r['id']): errs.append('bad id ' + r['id'])
    for r in evs:
        if not re.fullmatch(r'p100-e-\d{4}', r['id']): errs.append('bad id ' + r['id'])
    for r in negs:
        if not re.fullmatch(r'p100-n-\d{4}', r['id']): errs.append('bad id ' + r['id'])
        if set(r) != {'id', 'class', 'container', 'text', 'source'}: errs.append('neg fields ' + r['id'])
    all_values = {}
    for r in pos + evs:
        if set(r) - {'encoding'} != {'id', 'type', 'container', 'text', 'secrets', 'source'}: errs.append('fields ' + r['id'])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append('json ' + r['id'])
        if r['type'] != r['secrets'][0]['type']: errs.append('type!=first ' + r['id'])
        t = r['text']
        if '\ue000' in t or '\x00' in t: errs.append('marker ' + r['id'])
        labels = {}
        for s in r['secrets']:
            if t[s['start']:s['end']] != s['value']: errs.append('offset ' + r['id'])
            if s['value'] != s['value'].strip(): errs.append('edge ws ' + r['id'])
            labels[s['value']] = labels.get(s['value'], 0) + 1
        for v, c in labels.items():
            if count_overlapping(t, v) != c: errs.append('occurrence count ' + r['id'])
            if v in all_values and all_values[v] != r['id']: errs.append('value reused ' + r['id'])
            all_values[v] = r['id']
        if r['source'] == 'evasion':
            s = r['secrets'][0]
            if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'} or s['encoding'] != r['encoding']: errs.append('ev span ' + r['id'])
            try:
                if dec100.decode(s['encoding'], s['value']) != s['plain']: errs.append('decode ' + r['id'])
            except Exception as e:
                errs.append('decode exc %s %s' % (r['id'], e))
            if RULES[s['encoding']] not in t[:s['start']]: errs.append('rule missing ' + r['id'])
            if s['plain'] in t: errs.append('plain verbatim ' + r['id'])
            if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): errs.append('plain alphabet ' + r['id'])
            if s['plain'] in all_values: errs.append('plain reused ' + r['id'])
            all_values[s['plain']] = r['id']
    # cross leakage: values >= 6 chars and plains in other records / negatives
    texts = [(r['id'], r['text']) for r in pos + evs] + [(n['id'], n['text']) for n in negs]
    big = '\n\x01'.join(t for _, t in texts)
    for v, owner in all_values.items():
        if len(v) < 6: continue
        for rid, t in texts:
            if rid != owner and v in t:
                errs.append('leak %s -> %s' % (owner, rid))
    for r in pos + evs + negs:
        if 'PRIVATE KEY' in r['text']: errs.append('private key armour ' + r['id'])
    if len({n['text'] for n in negs}) != len(negs): errs.append('duplicate negative text')
    # encodings
    from collections import Counter
    ec = Counter(r['encoding'] for r in evs)
    if len(ec) != 22 or set(ec.values()) != {3}: errs.append('encoder usage')
    # checksummed shapes
    for r in pos:
        for s in r['secrets']:
            v = s['value']
            if v.startswith('ghp_') and base62_crc(v[4:34]) != v[34:]: errs.append('ghp crc ' + r['id'])
            if v.startswith('AGE-SECRET-KEY-1') and not bech32_verify(v): errs.append('age bech32 ' + r['id'])
    # published constants
    pub = {n['container']: n['text'] for n in negs if n['class'] == 'published_scholarly_example_value'}
    lits = {'josiah_carberry_example_orcid': '0000-0002-1825-0097', 'isbn13_textbook_example_number': '978-0306406157',
            'issn_check_digit_example': '0317-8471', 'rfc4648_base64_test_vector': 'Zm9vYmFy'}
    for k, lit in lits.items():
        if lit not in pub.get(k, ''): errs.append('published literal ' + k)
    # deny-list
    cats = own_names()
    for cat, names in cats.items():
        if len(set(names)) != len(names): errs.append('duplicate own name in ' + cat)
        for n in names:
            hit = overlaps(n, deny)
            if hit: errs.append('deny-list %s: %s (%s)' % (cat, n, hit))
    for r in pos + evs + negs:
        for n in [r['container']] + ([r['type']] if 'type' in r else []) + ([r['class']] if 'class' in r else []):
            hit = overlaps(n, deny)
            if hit: errs.append('deny-list record %s: %s (%s)' % (r['id'], n, hit))
    for e in ENC:
        for tok in e.split('_'):
            if tok in NOTATION_WORDS: errs.append('encoding uses an earlier notation word %s (%s)' % (e, tok))
    for code3, code1, name, _ in chosen:
        if code3 in deny or code3 in langs or (code1 and (code1 in deny or code1 in langs)): errs.append('language code ' + code3)
        if any(w.lower() in langs for w in name.replace('-', ' ').split()): errs.append('language name ' + name)
    # disjoint span types
    ev_t = set(cats['everyday_type']); ve_t = set(cats['vendor_type']); pw_t = set(cats['password_syntax'])
    if ev_t & ve_t or ev_t & pw_t or ve_t & pw_t or GR.PROSE_TYPE in ev_t | ve_t | pw_t: errs.append('span types overlap')
    # counts
    src = Counter(r['source'] for r in pos)
    if src['everyday'] != 180: errs.append('everyday count')
    if not 100 <= src['vendor'] <= 140: errs.append('vendor count')
    if not 85 <= src['password'] <= 125: errs.append('password count')
    if src['prose'] != 40 or len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40: errs.append('prose count')
    if len(evs) != 66: errs.append('evasion count')
    if len(negs) < 180 or len({n['class'] for n in negs}) != 16: errs.append('negative count/classes')
    return errs


def mutation_tests(pos, evs, negs, deny, langs, chosen):
    muts = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n): p[3]['text'] += '\n' + p[3]['secrets'][0]['value']
    def m5(p, e, n): n.append(dict(n[0], id='p100-n-9999'))
    def m6(p, e, n): n[1]['text'] += '\n-----BEGIN OPENSSH PRIVATE KEY-----'
    def m7(p, e, n): n[2]['container'] = 'base32hex_extended_hex_alphabet'
    def m8(p, e, n): p[0]['id'] = 'p99-s-0001'
    def m9(p, e, n): p[7]['container'] = 'coturn_turnserver_conf_dashed'
    def m10(p, e, n): p[9]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m11(p, e, n):
        s = e[2]['secrets'][0]; rule = RULES[e[2]['encoding']]
        e[2]['text'] = e[2]['text'].replace(rule, 'as usual')
        d = len('as usual') - len(rule); s['start'] += d; s['end'] += d
    def m12(p, e, n): chosen.append(('isl', 'is', 'Icelandic', '{v}'))
    def m13(p, e, n): p[4]['type'] = p[4]['secrets'][0]['type'] = 'chatops_zulip_bot_api_key'
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13):
        P, E, N, C = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs), list(chosen)
        ch = C
        if f is m12:
            ch = C + [('isl', 'is', 'Icelandic', '{v}')]
        else:
            f(P, E, N)
        if not check(P, E, N, deny, langs, ch):
            muts.append(f.__name__)
    return muts


def main():
    freeze = '--freeze' in sys.argv
    deny, langs = load_deny(freeze)
    outs = []
    for _ in range(2):
        pos, evs, negs, chosen, excluded = generate(deny, langs)
        import readme100
        readme = readme100.render(pos, evs, negs, chosen, excluded, deny, langs)
        outs.append((dumps(pos), dumps(evs), dumps(negs), readme))
    if outs[0] != outs[1]:
        raise SystemExit('non-deterministic output')
    errs = check(pos, evs, negs, deny, langs, chosen)
    if errs:
        print('\n'.join(errs[:80])); raise SystemExit('%d check failures' % len(errs))
    missed = mutation_tests(pos, evs, negs, deny, langs, chosen)
    if missed:
        raise SystemExit('mutation tests not caught: %s' % missed)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], outs[0]):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            f.write(data)
    print('ok: %d positives, %d evasions, %d negatives; excluded languages %s' % (len(pos), len(evs), len(negs), excluded))


if __name__ == '__main__':
    main()
