#!/usr/bin/env python3
"""Build corpus p156 (jewellery retail, watchmaking, pawn-shop developers). Stdlib only, fixed seeds."""
import copy, json, os, random, re, sys
import common156, everyday156, vendor156, positional156, prose156, enc156, dec156, negatives156, readme156

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief156'
HAND_LANGS = ['zulu', 'shona', 'papiamento', 'malagasy', 'samoan', 'tigrinya', 'esperanto', 'maori', 'māori',
              'chinese', 'mandarin', 'japanese', 'korean', 'hebrew', 'arabic', 'latin', 'cyrillic', 'devanagari',
              'kana', 'kanji', 'hangul', 'han', 'khmer', 'myanmar', 'burmese', 'bengali', 'gujarati', 'kannada',
              'malayalam', 'telugu', 'sinhala', 'marathi', 'hindi', 'nato', 'pap', 'sna', 'plt', 'smo', 'tir', 'zul', 'shona']


def extract_denylist(folder):
    names, langs = set(), set()
    for fn in sorted(os.listdir(folder)):
        t = open(os.path.join(folder, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            n = m.strip().lower(); names.add(n)
            names.update(p for p in n.split('__') if p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            n = m.lower(); names.add(n); names.update(p for p in n.split('__') if p)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower()); langs.update(w.lower() for w in name.split())
    langs.update(HAND_LANGS)
    return sorted(names), sorted(langs)


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        names, langs = extract_denylist(BRIEF)
        fresh = {'names': names, 'languages': langs}
        if os.path.exists(path):
            frozen = json.load(open(path, encoding='utf-8'))
            if frozen != fresh:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            json.dump(fresh, open(path, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    d = json.load(open(path, encoding='utf-8'))
    return set(d['names']), set(d['languages'])


EV_TYPES = [('jewellery_evasion_pos_password', lambda r: common156.pw(r)),
            ('jewellery_evasion_metal_feed_key', lambda r: 'mfk_' + common156.rs(r, 24)),
            ('jewellery_evasion_vault_hex_token', lambda r: common156.rs(r, 32, common156.HEX))]
EV_WORDINGS = [('pawn_shop_noticeboard_riddle', 'Noticeboard riddle by the pawn counter: the %s is written %s:\n'),
               ('jewellers_trade_magazine_puzzle', 'Trade-magazine puzzle corner, this month the %s, written %s:\n'),
               ('watch_club_chat_cipher', 'Watch club chat, for whoever is on the bench tomorrow: the %s, written %s:\n')]
EV_REMARK = '\n(first one to read it gets a coffee)'


def gen_evasions(reg, seed=15605):
    r = random.Random(seed)
    out = []
    for i, enc in enumerate(sorted(enc156.ENC)):
        rule = enc156.ENC[enc][0]
        for j in range(3):
            tname, fn = EV_TYPES[j]
            wname, wtpl = EV_WORDINGS[(i + j) % 3]
            while True:
                plain = fn(r)
                run = enc156.encode(enc, plain)
                if plain not in run and reg.ok(plain) and reg.ok(run):
                    reg.vals.append(plain); reg.vals.append(run); break
            head = wtpl % (tname.replace('jewellery_evasion_', '').replace('_', ' '), rule)
            text = head + run + EV_REMARK
            s = len(head)
            out.append(dict(type=tname, container=enc + '__' + wname, encoding=enc, text=text,
                            secrets=[dict(value=run, start=s, end=s + len(run), type=tname, plain=plain, encoding=enc)],
                            source='evasion'))
    return out


def generate(deny, langs):
    brand_deny = {n.split('_')[0] for n in deny if n}
    reg = common156.Registry()
    ev = everyday156.generate(reg)
    ve, dropped, spare = vendor156.generate(reg, brand_deny)
    pa = positional156.generate(reg)
    pr, refused, lspare, used_langs = prose156.generate(reg, langs)
    evs = gen_evasions(reg)
    pos = ev + ve + pa + pr
    for k, rec in enumerate(pos):
        rec['id'] = 'p156-s-%04d' % (k + 1)
    for k, rec in enumerate(evs):
        rec['id'] = 'p156-e-%04d' % (k + 1)
    forbidden = [s['value'] for x in pos + evs for s in x['secrets']] + [s['plain'] for x in evs for s in x['secrets']]
    neg = negatives156.generate(forbidden)
    for k, rec in enumerate(neg):
        rec['id'] = 'p156-n-%04d' % (k + 1)
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    pos = [{k: x[k] for k in order_p} for x in pos]
    evs = [{k: x[k] for k in order_e} for x in evs]
    neg = [{k: x[k] for k in ['id', 'class', 'container', 'text', 'source']} for x in neg]
    meta = dict(dropped=dropped, vspare=spare, refused=refused, lspare=lspare, langs=used_langs,
                deny_n=len(deny), lang_n=len(langs))
    return pos, evs, neg, meta


def dumps(rows):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows)


def check(pos, evs, neg, deny, langs, meta):
    errs = []
    ids = [x['id'] for x in pos + evs + neg]
    if len(ids) != len(set(ids)):
        errs.append('duplicate id')
    vals = []
    for x in pos + evs:
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if x['source'] == 'evasion' else set())
        if set(x) != want:
            errs.append('fields ' + x['id'])
        if len(x['secrets']) != 1:
            errs.append('span count ' + x['id'])
        for s in x['secrets']:
            sw = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if x['source'] == 'evasion' else set())
            if set(s) != sw:
                errs.append('span fields ' + x['id'])
            if x['text'][s['start']:s['end']] != s['value'] or s['value'] != s['value'].strip():
                errs.append('offset ' + x['id'])
            if x['text'].count(s['value']) != 1:
                errs.append('value count ' + x['id'])
            if s['type'] != x['type']:
                errs.append('type ' + x['id'])
            vals.append(s['value'])
            if x['source'] == 'evasion':
                if s['encoding'] != x['encoding']:
                    errs.append('enc mismatch ' + x['id'])
                if dec156.decode(s['encoding'], s['value']) != s['plain']:
                    errs.append('decode ' + x['id'])
                if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']) or s['plain'] in s['value']:
                    errs.append('plain ' + x['id'])
                if not x['text'][:s['start']].endswith(':\n'):
                    errs.append('rule placement ' + x['id'])
            if x['source'] == 'prose':
                a, b = s['start'], s['end']
                if (a > 0 and x['text'][a - 1] != ' ') or (b < len(x['text']) and x['text'][b] != ' '):
                    errs.append('prose spacing ' + x['id'])
        for bad in ('{V}', '{K}', '{U}', '{H}', '\x00', 'PRIVATE KEY'):
            if bad in x['text']:
                errs.append('marker ' + x['id'])
    if len(vals) != len(set(vals)):
        errs.append('value reused')
    plains = [x['secrets'][0]['plain'] for x in evs]
    texts = [(x['id'], x['text']) for x in pos + evs]
    for v in vals + plains:
        n = sum(t.count(v) for _, t in texts)
        if n != (1 if v in vals else 0):
            errs.append('value/plain in other text: ' + v[:20])
    for x in neg:
        if set(x) != {'id', 'class', 'container', 'text', 'source'}:
            errs.append('neg fields ' + x['id'])
        if any(v in x['text'] for v in vals + plains):
            errs.append('neg contains positive ' + x['id'])
    if len({x['text'] for x in neg}) != len(neg) or len({x['class'] for x in neg}) != 16 or len(neg) < 180:
        errs.append('negative counts')
    # deny-list overlap
    names = set()
    for x in pos + evs:
        names.add(x['container']); names.add(x['type']); names.update(x['container'].split('__'))
    for x in evs:
        names.add(x['encoding'])
    for x in neg:
        names.add(x['class']); names.add(x['container']); names.update(x['container'].split('__'))
    names.update(s for s, _ in vendor156.STYLES); names.update(positional156.SUFFIXES); names.update(prose156.FORMATS)
    names.update(w.strip('_') for w, _ in negatives156.WRAPS if w); names.update(w for w, _ in EV_WORDINGS)
    hit = sorted(n for n in names if n.lower() in deny)
    if hit:
        errs.append('deny-list overlap: %s' % hit)
    for code, name, _ in meta['langs']:
        if code in langs or name.lower() in langs or any(w.lower() in langs for w in name.split()):
            errs.append('language overlap ' + code)
    srcs = {}
    for x in pos:
        srcs.setdefault(x['source'], set()).add(x['type'])
    st = list(srcs.values())
    for i in range(len(st)):
        for j in range(i + 1, len(st)):
            if st[i] & st[j]:
                errs.append('span types shared between sources')
    c = {k: sum(1 for x in pos if x['source'] == k) for k in ('everyday', 'vendor', 'password', 'prose')}
    if c['everyday'] != 180 or c['vendor'] < 115 or not 95 <= c['password'] <= 120 or c['prose'] != 40 or len(evs) != 66:
        errs.append('counts %s' % c)
    if len({x['container'].split('__')[1] for x in pos if x['source'] == 'prose'}) != 40:
        errs.append('prose languages')
    return errs


def mutations(pos, evs, neg, deny, langs, meta):
    tests = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n): p[0]['container'] = sorted(deny)[len(deny) // 2]
    def m5(p, e, n): p[1]['text'] += ' ' + e[2]['secrets'][0]['plain']
    def m6(p, e, n): n[3]['class'] = 'gedcom_xref_and_uid_pointers'
    def m7(p, e, n): p[7]['type'] = 'other_type'
    def m8(p, e, n): n[1]['id'] = n[0]['id']
    caught = []
    for f in (m1, m2, m3, m4, m5, m6, m7, m8):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        f(p, e, n)
        caught.append((f.__name__, bool(check(p, e, n, deny, langs, meta))))
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny, langs = load_denylist()
    g1 = generate(deny, langs); g2 = generate(deny, langs)
    b1 = [dumps(x) for x in g1[:3]]; b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2:
        raise SystemExit('non-deterministic output')
    errs = check(*g1[:3], deny, langs, g1[3])
    if errs:
        raise SystemExit('checks failed:\n' + '\n'.join(errs[:40]))
    mut = mutations(*g1[:3], deny, langs, g1[3])
    if not all(c for _, c in mut):
        raise SystemExit('mutation not caught: %s' % mut)
    r1 = readme156.render(*g1, mut); r2 = readme156.render(*g2, mut)
    if r1 != r2:
        raise SystemExit('README not deterministic')
    os.makedirs(out, exist_ok=True)
    for fn, b in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), b1):
        open(os.path.join(out, fn), 'w', encoding='utf-8').write(b)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    pos, evs, neg, meta = g1
    print('ok: %d positives, %d evasions, %d negatives; dropped vendors %s; refused languages %s' % (
        len(pos), len(evs), len(neg), meta['dropped'], meta['refused']))


if __name__ == '__main__':
    main()
