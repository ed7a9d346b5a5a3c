"""Build corpus p152. python3 build.py [outdir]  (stdlib only, fixed seeds, no clock, no network)."""
import copy, json, os, re, sys
import gen152, everyday152, vendor152, positional152, prose152, evasions152, negatives152, dec152, readme152

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief152'
FROZEN = os.path.join(HERE, 'brief_names.json')
HAND_LANGS = ['tagalog', 'swahili', 'amharic', 'somali', 'pashto', 'sindhi', 'yiddish', 'english', 'latin', 'samoan',
              'odia', 'sundanese', 'turkish', 'vietnamese', 'indonesian', 'hawaiian', 'quechua', 'occitan', 'swedish',
              'danish', 'dutch', 'polish', 'assamese', 'uyghur', 'bashkir', 'luganda', 'wolof', 'lingala', 'chichewa',
              'sesotho', 'setswana', 'oromo', 'romansh', 'corsican', 'sardinian', 'asturian', 'friulian', 'sorani',
              'guarani', 'dhivehi', 'icelandic', 'kazakh', 'uzbek', 'mongolian', 'marathi', 'telugu', 'sinhala',
              'malagasy', 'tongan',
              'asm', 'uig', 'bak', 'lug', 'wol', 'lin', 'nya', 'sot', 'tsn', 'gaz', 'roh', 'cos', 'srd', 'ast', 'fur',
              'ckb', 'quy', 'grn', 'div', 'tur', 'vie', 'ind', 'haw', 'oci', 'swe', 'dan', 'nld', 'pol', 'tgl', 'swh',
              'amh', 'som', 'pus', 'snd', 'yid', 'eng', 'lat', 'smo', 'ory', 'sun']
SEEDS = {'everyday': 15201, 'vendor': 15202, 'password': 15203, 'prose': 15204, 'evasion': 15205, 'negative': 15206}
PASSWORD_CAP = 105


def extract_denylist(folder):
    names, words, langs = set(), set(), set()
    for fn in sorted(os.listdir(folder)):
        txt = open(os.path.join(folder, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', txt):
            n = m.strip().lower()
            names.add(n)
            for part in n.split('__'):
                if part:
                    names.add(part)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', txt):
            n = m.lower()
            names.add(n)
            for part in n.split('__'):
                if part:
                    names.add(part)
        for w in re.findall(r'[A-Za-z0-9]+', txt.replace('_', ' ')):
            words.add(w.lower())
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', txt):
            langs.add(code)
            langs.add(name.lower())
            for w in re.split(r'[ \-]', name):
                if w:
                    langs.add(w.lower())
    langs.update(HAND_LANGS)
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs)}


def load_denylist():
    if os.path.isdir(BRIEF):
        d = extract_denylist(BRIEF)
        if os.path.exists(FROZEN):
            f = json.load(open(FROZEN, encoding='utf-8'))
            if f != d:
                raise SystemExit('FAIL: brief_names.json differs from the READMEs in ' + BRIEF)
        return d, True
    return json.load(open(FROZEN, encoding='utf-8')), False


def generate(deny):
    words, names, langs = set(deny['words']), set(deny['names']), set(deny['langs'])
    values = gen152.Values()
    info = {}
    every = everyday152.build(SEEDS['everyday'], values)
    vend, info['vendor_dropped'], info['vendor_unused'] = vendor152.build(SEEDS['vendor'], values, words, names)
    pw_all = positional152.build(SEEDS['password'], values)
    pw, info['password_unused'] = pw_all[:PASSWORD_CAP], [r['type'] for r in pw_all[PASSWORD_CAP:]]
    prose, info['lang_dropped'], info['lang_spare'], info['langs_used'] = prose152.build(SEEDS['prose'], values, langs, words, names)
    ev = evasions152.build(SEEDS['evasion'], values)
    neg = negatives152.build(SEEDS['negative'])
    pos = every + vend + pw + prose
    for i, r in enumerate(pos, 1):
        r['id'] = 'p152-s-%04d' % i
    for i, r in enumerate(ev, 1):
        r['id'] = 'p152-e-%04d' % i
    for i, r in enumerate(neg, 1):
        r['id'] = 'p152-n-%04d' % i
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    order_n = ['id', 'class', 'container', 'text', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in order_n} for r in neg]
    return pos, ev, neg, info


def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def check(pos, ev, neg, deny):
    names, words, langs = set(deny['names']), set(deny['words']), set(deny['langs'])
    ids = [r['id'] for r in pos + ev + neg]
    need(len(ids) == len(set(ids)), 'duplicate id')
    all_vals, all_plains = [], []
    for r in pos + ev:
        keys = ['id', 'type', 'container', 'text', 'secrets', 'source'] + (['encoding'] if r['source'] == 'evasion' else [])
        need(sorted(r) == sorted(keys), 'fields ' + r['id'])
        need(len(r['secrets']) == 1, 'one span ' + r['id'])
        sp = r['secrets'][0]
        skeys = ['value', 'start', 'end', 'type'] + (['plain', 'encoding'] if r['source'] == 'evasion' else [])
        need(sorted(sp) == sorted(skeys), 'span fields ' + r['id'])
        t = r['text']
        need(t[sp['start']:sp['end']] == sp['value'], 'offset ' + r['id'])
        need(sp['value'] == sp['value'].strip() and sp['value'], 'edge whitespace ' + r['id'])
        need(sp['type'] == r['type'], 'type mismatch ' + r['id'])
        need(t.count(sp['value']) == 1, 'value once ' + r['id'])
        for bad in ('{V}', '{K}', '{U}', '{H}', '{RULE}', '{RUN}', '\x00', 'PRIVATE KEY'):
            need(bad not in t, 'marker %r in %s' % (bad, r['id']))
        all_vals.append(sp['value'])
        if r['source'] == 'evasion':
            need(r['encoding'] == sp['encoding'], 'encoding mismatch ' + r['id'])
            need(dec152.decode(sp['encoding'], sp['value']) == sp['plain'], 'decode ' + r['id'])
            need(re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']) is not None, 'plain alphabet ' + r['id'])
            need(sp['plain'] not in sp['value'], 'plain inside run ' + r['id'])
            need(t[:sp['start']].endswith(':\n'), 'run after colon newline ' + r['id'])
            from enc152 import RULES
            need(RULES[sp['encoding']] in t[:sp['start']], 'rule before run ' + r['id'])
            all_plains.append(sp['plain'])
        if r['source'] == 'prose':
            need(t[sp['start'] - 1] == ' ' and t[sp['end']] == ' ', 'prose spacing ' + r['id'])
    need(len(all_vals) == len(set(all_vals)), 'value reused')
    need(len(all_plains) == len(set(all_plains)), 'plain reused')
    texts = [(r['id'], r['text']) for r in pos + ev] + [(r['id'], r['text']) for r in neg]
    for v in all_vals + all_plains:
        hits = [i for i, t in texts if v in t]
        if v in all_plains:
            need(not hits, 'plain in text ' + str(hits))
        else:
            need(len(hits) == 1, 'value in other record / negative ' + str(hits))
    # negatives
    for r in neg:
        need(sorted(r) == sorted(['id', 'class', 'container', 'text', 'source']), 'neg fields ' + r['id'])
        need(r['source'] == 'negative', 'neg source')
    need(len({r['text'] for r in neg}) == len(neg), 'duplicate negative text')
    need(len({r['class'] for r in neg}) == 16 and len(neg) >= 180, 'negative counts')
    # deny-list
    def clean(n, what):
        for part in [n.lower()] + n.lower().split('__'):
            need(part not in names, 'deny-listed %s: %s (%s)' % (what, n, part))
    for r in pos + ev:
        clean(r['container'], 'container')
        clean(r['type'], 'type')
        if r['source'] == 'evasion':
            clean(r['encoding'], 'encoding')
    for r in neg:
        clean(r['class'], 'class')
        clean(r['container'], 'negative container')
    for n in [s[0] for s in vendor152.STYLES] + positional152.SUFFIXES + prose152.FORMATS + [w[0] for w in evasions152.WORDINGS] + [w[0] for w in negatives152.WRAPPERS if w[0]]:
        clean(n.strip('_'), 'label')
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            need(code not in langs and code not in words and code not in names, 'language code ' + code)
        if r['source'] == 'vendor':
            b = r['type'].split('_')[0]
            need(b not in words and b not in names, 'brand ' + b)
    # disjoint span types by source
    by = {}
    for r in pos + ev:
        by.setdefault(r['source'], set()).add(r['type'])
    srcs = list(by)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            need(not (by[srcs[i]] & by[srcs[j]]), 'span types shared')
    nonevery = [r['container'] for r in pos + ev if r['source'] != 'everyday']
    need(len(nonevery) == len(set(nonevery)), 'non-everyday containers unique')
    cnt = {}
    for r in pos:
        cnt[r['source']] = cnt.get(r['source'], 0) + 1
    need(cnt.get('everyday') == 180 and cnt.get('vendor') == 120 and 95 <= cnt.get('password', 0) <= 110 and cnt.get('prose') == 40, 'counts %r' % cnt)
    need(len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) == 40, '40 languages')
    need(len(ev) == 66 and len({r['encoding'] for r in ev}) == 22, 'evasion counts')


def mutation_tests(pos, ev, neg, deny):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['id'] = p[0]['id']
    def m3(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m5(p, e, n): p[200]['container'] = sorted(deny['names'])[500]
    def m6(p, e, n): n[3]['class'] = sorted(deny['names'])[700]
    def m7(p, e, n): p[10]['type'] = 'lndry_other'
    def m8(p, e, n): del p[-1]
    def m9(p, e, n):
        e[4]['encoding'] = 'base32_rfc4648_padded'
        e[4]['secrets'][0]['encoding'] = 'base32_rfc4648_padded'
    def m10(p, e, n): p[20]['text'] += '\n' + p[21]['secrets'][0]['value']
    def m11(p, e, n): n.append(dict(n[0], id='p152-n-9999'))
    caught = []
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        try:
            check(p, e, n, deny)
        except (CheckError, KeyError, ValueError, IndexError, UnicodeDecodeError):
            caught.append(m.__name__)
            continue
        raise SystemExit('FAIL: mutation %s not caught' % m.__name__)
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny, live = load_denylist()
    a = generate(deny)
    b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dump(x) != dump(y):
            raise SystemExit('FAIL: two generations differ')
    pos, ev, neg, info = a
    check(pos, ev, neg, deny)
    caught = mutation_tests(pos, ev, neg, deny)
    r1 = readme152.render(pos, ev, neg, info, deny, caught)
    r2 = readme152.render(*b, deny, caught)
    if r1 != r2:
        raise SystemExit('FAIL: README differs between generations')
    os.makedirs(out, exist_ok=True)
    for fn, recs in (('secrets.jsonl', pos), ('evasions.jsonl', ev), ('negatives.jsonl', neg)):
        open(os.path.join(out, fn), 'wb').write(dump(recs))
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    if live and not os.path.exists(FROZEN):
        pass
    print('ok', len(pos), len(ev), len(neg), 'mutations caught', len(caught))
    print('vendor dropped', info['vendor_dropped'])
    print('lang dropped', info['lang_dropped'], 'spare', info['lang_spare'])


if __name__ == '__main__':
    main()
