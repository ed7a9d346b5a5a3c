#!/usr/bin/env python3
"""Build corpus p148 twice, check, then write. Python 3 stdlib only, fixed seeds, no clock, no network."""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen148, everyday148, vendor148, positional148, prose148, evasions148, negatives148, enc148, dec148, readme148

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief148'
HAND_LANG = ['tgl', 'tagalog', 'swh', 'swahili', 'amh', 'amharic', 'som', 'somali', 'vie', 'vietnamese', 'ind', 'indonesian',
    'kor', 'korean', 'jpn', 'japanese', 'tur', 'turkish', 'hat', 'haitian', 'quy', 'quechua', 'fij', 'fijian', 'pus', 'pashto',
    'snd', 'sindhi', 'yid', 'yiddish', 'arabic', 'persian', 'azerbaijani', 'swa', 'ara', 'fas', 'aze']

def extract_denylist(texts):
    names, words, langs = set(), set(), set(HAND_LANG)
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.lower().strip(); names.add(b)
            for part in b.split('__'):
                if part: names.add(part)
        for sn in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            sn = sn.lower(); names.add(sn)
            for part in sn.split('__'):
                if part: names.add(part)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in name.lower().split(): langs.add(w)
        words.update(w.lower() for w in re.findall(r'[A-Za-z]+', t))
    return dict(names=sorted(names), words=sorted(words), langs=sorted(langs))

def load_deny():
    frozen = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(frozen):
            assert json.load(open(frozen)) == d, 'deny-list differs from frozen brief_names.json'
        else:
            json.dump(d, open(frozen, 'w'), indent=0)
        return d
    return json.load(open(frozen))

def generate(deny):
    names, words, langs = set(deny['names']), set(deny['words']), set(deny['langs'])
    reg = gen148.Reg()
    ev = everyday148.build(reg)
    brand_bad = lambda t: t.split('_')[0] in words or t.split('_')[0] in names or t in names
    ve, vdrop, vcand = vendor148.build(reg, brand_bad)
    pw = positional148.build(reg)
    def lang_ok(code, name):
        ws = name.lower().split()
        return (code not in langs and code not in words and code not in names and name.lower() not in langs
                and not any(w in langs or w in words for w in ws))
    pr, pdrop, spares = prose148.build(reg, lang_ok)
    evs = evasions148.build(reg)
    neg = negatives148.build()
    meta = dict(vdrop=vdrop, vcand=vcand, pdrop=pdrop, spares=spares, langs=[o.pop('_lang') for o in pr],
                rules={o['encoding']: o.pop('_rule') for o in evs})
    pos = ev + ve + pw + pr
    for i, o in enumerate(pos): o['id'] = 'p148-s-%04d' % (i + 1)
    for i, o in enumerate(evs): o['id'] = 'p148-e-%04d' % (i + 1)
    for i, o in enumerate(neg): o['id'] = 'p148-n-%04d' % (i + 1)
    order_s = ['id', 'type', 'container', 'text', 'secrets', 'source']
    pos = [{k: o[k] for k in order_s} for o in pos]
    evs = [{k: o[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']} for o in evs]
    neg = [{k: o[k] for k in ['id', 'class', 'container', 'text', 'source']} for o in neg]
    return pos, evs, neg, meta

def dump(rows): return ''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in rows).encode('utf-8')

def check(pos, evs, neg, deny, meta):
    names = set(deny['names'])
    ids = [o['id'] for o in pos + evs + neg]
    assert len(ids) == len(set(ids)), 'duplicate id'
    allvals = []
    for o in pos + evs:
        exp = ['id', 'type', 'container', 'text', 'secrets', 'source'] + (['encoding'] if o['source'] == 'evasion' else [])
        assert sorted(o) == sorted(exp), ('fields', o['id'])
        assert len(o['secrets']) == 1, o['id']
        sp = o['secrets'][0]
        assert sorted(sp) == sorted(['value', 'start', 'end', 'type'] + (['plain', 'encoding'] if o['source'] == 'evasion' else [])), o['id']
        assert o['text'][sp['start']:sp['end']] == sp['value'], ('offset', o['id'])
        assert sp['value'] == sp['value'].strip() and sp['value'], ('edge ws', o['id'])
        assert o['type'] == sp['type'], ('type', o['id'])
        assert o['text'].count(sp['value']) == 1, ('once', o['id'])
        for bad in ('{V}', '{K}', '{R}', '{RUN}', '\x00', 'PRIVATE KEY'):
            assert bad not in o['text'], ('marker', o['id'])
        allvals.append(sp['value'])
        if o['source'] == 'prose':
            a, b = sp['start'], sp['end']
            assert o['text'][a - 1] == ' ' and o['text'][b] == ' ', ('prose spacing', o['id'])
        if o['source'] == 'evasion':
            assert sp['encoding'] == o['encoding']
            assert dec148.decode(o['encoding'], sp['value']) == sp['plain'], ('decode', o['id'])
            assert re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']), o['id']
            rule = meta['rules'][o['encoding']]
            assert o['text'].index(rule) < sp['start'] and o['text'][sp['start'] - 2:sp['start']] == ':\n', ('rule', o['id'])
            assert sp['plain'] not in sp['value']
    assert len(allvals) == len(set(allvals)), 'value reused'
    plains = [o['secrets'][0]['plain'] for o in evs]
    assert len(set(plains)) == len(plains)
    texts = [o['text'] for o in pos + evs]
    for o in pos + evs:
        v = o['secrets'][0]['value']
        for t in texts:
            if t is not o['text']:
                assert v not in t, ('value in other record', o['id'])
    for p in plains:
        for t in texts: assert p not in t, ('plain leaked', p)
    negt = [o['text'] for o in neg]
    assert len(set(negt)) == len(negt), 'duplicate negative'
    for o in neg:
        assert sorted(o) == sorted(['id', 'class', 'container', 'text', 'source']), o['id']
    big = '\n\x00'.join(negt)
    for v in allvals + plains:
        assert v not in big, ('value in negative', v)
    classes = sorted(set(o['class'] for o in neg))
    assert len(classes) == 16 and len(neg) >= 180
    # deny-list: containers, span types, encodings, classes, negative containers, syntaxes, styles, wordings
    def nd(x, what):
        x = x.lower()
        for part in [x] + x.split('__'):
            assert part not in names, ('deny-listed %s' % what, x)
    for o in pos + evs:
        nd(o['container'], 'container'); nd(o['type'], 'type')
        if 'encoding' in o: nd(o['encoding'], 'encoding')
    for o in neg: nd(o['class'], 'class'); nd(o['container'], 'negative container')
    for st, _, _ in vendor148.STYLES: nd(st, 'style')
    for n, _ in positional148.S: nd('cnpw_' + n, 'syntax'); nd(n, 'syntax')
    for w, _ in evasions148.WORDINGS: nd(w, 'wording')
    for code, name in meta['langs']:
        assert code not in set(deny['langs']) and name.lower() not in set(deny['langs']), ('language', code)
    src = {}
    for o in pos: src.setdefault(o['source'], set()).add(o['type'])
    ks = list(src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)): assert not (src[ks[i]] & src[ks[j]]), 'type overlap'
    ne = [o['container'] for o in pos if o['source'] != 'everyday']
    assert len(ne) == len(set(ne)), 'container reuse'
    cnt = {}
    for o in pos: cnt[o['source']] = cnt.get(o['source'], 0) + 1
    assert cnt['everyday'] == 180 and cnt['vendor'] == 120 and 95 <= cnt['password'] <= 120 and cnt['prose'] == 40, cnt
    assert len(set(meta['langs'])) == 40
    assert len(evs) == 66 and len(set(o['encoding'] for o in evs)) == 22
    return cnt

def mutations(pos, evs, neg, deny, meta):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['id'] = p[0]['id']
    def m3(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m5(p, e, n): p[200]['container'] = 'timecode_server_yaml'
    def m6(p, e, n): n[3]['class'] = 'secret_store_references'
    def m7(p, e, n): p[7]['type'] = 'cn_other'
    def m8(p, e, n): del p[-1]
    def m9(p, e, n): e[2]['encoding'] = 'base36_big_integer'; e[2]['secrets'][0]['encoding'] = 'base36_big_integer'
    caught = 0
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        m(p, e, n)
        try: check(p, e, n, deny, meta)
        except (AssertionError, KeyError, ValueError, UnicodeDecodeError): caught += 1
        else: raise SystemExit('mutation not caught: ' + m.__name__)
    return caught

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny()
    g1 = generate(deny); g2 = generate(deny)
    b1 = [dump(x) for x in g1[:3]]; b2 = [dump(x) for x in g2[:3]]
    assert b1 == b2, 'non-deterministic'
    cnt = check(*g1[:3], deny, g1[3])
    nm = mutations(*g1[:3], deny, g1[3])
    r1 = readme148.render(*g1, deny, cnt, nm); r2 = readme148.render(*g2, deny, cnt, nm)
    assert r1 == r2, 'README non-deterministic'
    for fn, b in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], b1):
        open(os.path.join(out, fn), 'wb').write(b)
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', cnt, len(g1[1]), len(g1[2]), 'mutations caught', nm, 'vendor dropped', g1[3]['vdrop'], 'lang dropped', g1[3]['pdrop'], 'spares', g1[3]['spares'])

if __name__ == '__main__':
    main()
