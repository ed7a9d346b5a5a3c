#!/usr/bin/env python3
"""Build corpus p109 (restaurant, POS and food-delivery developers). Stdlib only, fixed seeds."""
import copy, json, os, re, sys, zlib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import everyday109, vendor109, positional109, prose109, evasions109, negatives109, enc109, dec109, readme109
from common109 import b62

BRIEF = '/tmp/brief109'
FROZEN = os.path.join(HERE, 'brief_names.json')
LANG_WORDS_HAND = ['chinese', 'english', 'finnish', 'hungarian', 'akan', 'swati', 'luxembourgish', 'icelandic',
                   'indonesian', 'latin', 'cyrillic', 'armenian', 'georgian', 'thai', 'lao', 'devanagari',
                   'gurmukhi', 'tamil', 'arabic', 'gujarati', 'kannada', 'malayalam', 'odia', 'bengali',
                   'assamese', 'myanmar', 'ethiopic', 'persian', 'german']


def extract_denylist(texts):
    names, langs = set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            names.update(p for p in m.split('__') if p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            names.update(p for p in m.split('__') if p)
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            langs.update(w for w in re.split(r'[^a-z]+', name.lower()) if w)
    langs.update(LANG_WORDS_HAND)
    return sorted(names), sorted(langs)


def load_denylist():
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        names, langs = extract_denylist(texts)
        cur = {'names': names, 'languages': langs}
        if os.path.exists(FROZEN):
            frozen = json.load(open(FROZEN, encoding='utf-8'))
            if frozen != cur:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            with open(FROZEN, 'w', encoding='utf-8') as f:
                json.dump(cur, f, indent=1, ensure_ascii=False)
        return cur
    return json.load(open(FROZEN, encoding='utf-8'))


def pick_languages(deny):
    names = set(deny['names'])
    langs = set(deny['languages'])
    used, excluded = [], []
    for iso3, iso1, name, sent in prose109.LANGS:
        words = [w for w in re.split(r'[^a-z]+', name.lower()) if w]
        bad = iso3 in names or iso3 in langs or iso1 in names or iso1 in langs or any(w in langs for w in words)
        (excluded if bad else used).append((iso3, iso1, name, sent))
    return used[:40], excluded, used[40:]


def generate(deny):
    langs, excluded, spare = pick_languages(deny)
    pos = everyday109.build() + vendor109.build() + positional109.build() + prose109.build(langs)
    for i, rec in enumerate(pos, 1):
        rec['id'] = 'p109-s-%04d' % i
    ev = evasions109.build()
    for i, rec in enumerate(ev, 1):
        rec['id'] = 'p109-e-%04d' % i
    neg = negatives109.build()
    for i, rec in enumerate(neg, 1):
        rec['id'] = 'p109-n-%04d' % i
    order_s = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    pos = [{k: r[k] for k in order_s} for r in pos]
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in ['id', 'class', 'container', 'text', 'source']} for r in neg]
    meta = dict(langs=langs, excluded=excluded, spare=spare)
    return pos, ev, neg, meta


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n


def own_names(pos, ev, neg):
    out = set()
    for r in pos + ev:
        out.add(r['container'])
        out.add(r['type'])
        for s in r['secrets']:
            out.add(s['type'])
            if 'encoding' in s:
                out.add(s['encoding'])
        if 'encoding' in r:
            out.add(r['encoding'])
    for r in neg:
        out.add(r['class'])
        out.add(r['container'])
    return out


def check(pos, ev, neg, deny, meta):
    errs = []
    E = errs.append
    ids = set()
    for recs, pre, fields in ((pos, 'p109-s-', {'id', 'type', 'container', 'text', 'secrets', 'source'}),
                              (ev, 'p109-e-', {'id', 'type', 'container', 'encoding', 'text', 'secrets', 'source'}),
                              (neg, 'p109-n-', {'id', 'class', 'container', 'text', 'source'})):
        for r in recs:
            if set(r) != fields:
                E('fields %s' % r.get('id'))
            if not re.fullmatch(re.escape(pre) + r'\d{4}', r['id']):
                E('bad id %s' % r['id'])
            if r['id'] in ids:
                E('dup id %s' % r['id'])
            ids.add(r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r:
                E('json %s' % r['id'])
            t = r['text']
            if '\ue000' in t or '\x00' in t or 'PRIVATE KEY' in t:
                E('marker/nul/armour %s' % r['id'])
    values = []
    for r in pos + ev:
        if r['type'] != r['secrets'][0]['type']:
            E('type mismatch %s' % r['id'])
        if len(r['secrets']) != 1:
            E('span count %s' % r['id'])
        for s in r['secrets']:
            v = s['value']
            if r['text'][s['start']:s['end']] != v:
                E('offset %s' % r['id'])
            if v != v.strip() or not v:
                E('edge ws %s' % r['id'])
            if count_overlapping(r['text'], v) != 1:
                E('occurrences %s' % r['id'])
            values.append((r['id'], v))
            if r['source'] == 'evasion':
                values.append((r['id'], s['plain']))
    seen = {}
    for rid, v in values:
        if v in seen and seen[v] != rid:
            E('value reused %s %s' % (rid, seen[v]))
        seen[v] = rid
    alltexts = [(r['id'], r['text']) for r in pos + ev + neg]
    for rid, v in values:
        if len(v) < 6:
            continue
        for oid, t in alltexts:
            if oid != rid and v in t:
                E('value %s leaks into %s' % (rid, oid))
    for r in ev:
        s = r['secrets'][0]
        if r['encoding'] != s['encoding'] or s['encoding'] not in enc109.ENC:
            E('encoding field %s' % r['id'])
        try:
            if dec109.decode(s['encoding'], s['value']) != s['plain']:
                E('decode %s' % r['id'])
        except Exception as ex:
            E('decode error %s %r' % (r['id'], ex))
        rule = enc109.RULE[s['encoding']]
        ri = r['text'].find(rule)
        if ri < 0 or ri + len(rule) > s['start']:
            E('rule not before run %s' % r['id'])
        if s['plain'] in r['text']:
            E('plain verbatim %s' % r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.\-]+', s['plain']):
            E('plain alphabet %s' % r['id'])
    ntexts = [r['text'] for r in neg]
    if len(set(ntexts)) != len(ntexts):
        E('duplicate negative text')
    # checksums
    for r in pos:
        v = r['secrets'][0]['value']
        if re.fullmatch(r'gh[os]_[A-Za-z0-9]{36}', v):
            if b62(zlib.crc32(v[4:34].encode()), 6) != v[34:]:
                E('github crc %s' % r['id'])
    # deny-list
    names = set(deny['names'])
    for n in own_names(pos, ev, neg) | {w for _, w in ((0, x) for x in [k for k, _ in evasions109.WORDINGS])}:
        parts = [n.lower()] + [p for p in n.lower().split('__') if p]
        for p in parts:
            if p in names:
                E('deny-list overlap: %s (%s)' % (n, p))
    langs = set(deny['languages'])
    for iso3, iso1, name, _ in meta['langs']:
        if iso3 in names or iso3 in langs or iso1 in names or iso1 in langs:
            E('language %s' % iso3)
    if len({l[0] for l in meta['langs']}) != 40:
        E('need 40 prose languages')
    # disjoint span types
    by = {}
    for r in pos:
        by.setdefault(r['source'], set()).add(r['type'])
    srcs = list(by)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by[srcs[i]] & by[srcs[j]]:
                E('span types shared %s %s' % (srcs[i], srcs[j]))
    nonev = [r['container'] for r in pos if r['source'] != 'everyday'] + [r['container'] for r in ev]
    if len(set(nonev)) != len(nonev):
        E('non-everyday containers not unique')
    if len(enc109.ENC) != 22 or len({r['class'] for r in neg}) != 16:
        E('counts')
    return errs


def mutation_tests(pos, ev, neg, deny, meta):
    muts = []
    def m(name, f):
        P, V, N = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(P, V, N)
        if not check(P, V, N, deny, meta):
            raise SystemExit('mutation not caught: ' + name)
        muts.append(name)
    m('shifted_start', lambda P, V, N: P[3]['secrets'][0].__setitem__('start', P[3]['secrets'][0]['start'] + 1))
    m('positive_value_in_negative', lambda P, V, N: N[5].__setitem__('text', N[5]['text'] + P[200]['secrets'][0]['value']))
    m('wrong_plain', lambda P, V, N: V[7]['secrets'][0].__setitem__('plain', V[7]['secrets'][0]['plain'] + 'x'))
    m('duplicate_negative', lambda P, V, N: N[9].__setitem__('text', N[8]['text']))
    m('private_key_armour', lambda P, V, N: P[0].__setitem__('text', P[0]['text'] + '-----BEGIN PRIVATE KEY-----'))
    m('earlier_encoding_as_container', lambda P, V, N: N[0].__setitem__('container', 'septenary_triplet_bytes'))
    m('earlier_everyday_container_part', lambda P, V, N: P[1].__setitem__('container', 'x__garmin_push_receiver_dotenv'))
    m('wrong_id_prefix', lambda P, V, N: P[2].__setitem__('id', 'p108-s-0003'))
    m('evasion_plain_leak', lambda P, V, N: P[10].__setitem__('text', P[10]['text'] + ' ' + V[0]['secrets'][0]['plain']))
    m('rule_removed', lambda P, V, N: V[4].__setitem__('text', V[4]['text'].replace(enc109.RULE[V[4]['encoding']], 'somehow')))
    def crc(P, V, N):
        for r in P:
            v = r['secrets'][0]['value']
            if v.startswith('gho_'):
                nv = v[:-1] + ('A' if v[-1] != 'A' else 'B')
                r['text'] = r['text'].replace(v, nv)
                r['secrets'][0]['value'] = nv
                r['secrets'][0]['end'] = r['secrets'][0]['start'] + len(nv)
    m('broken_github_crc', crc)
    m('extra_occurrence', lambda P, V, N: P[50].__setitem__('text', P[50]['text'] + P[50]['secrets'][0]['value']))
    def badlang(P, V, N):
        meta['langs'][0] = ('ltz', 'lb', 'Luxembourgish', '')
    save = list(meta['langs'])
    try:
        m('denylisted_language', badlang)
    finally:
        meta['langs'][:] = save
    return muts


def main():
    deny = load_denylist()
    runs = []
    for _ in range(2):
        pos, ev, neg, meta = generate(deny)
        errs = check(pos, ev, neg, deny, meta)
        if errs:
            print('\n'.join(errs[:40]))
            raise SystemExit('%d check failures' % len(errs))
        muts = mutation_tests(pos, ev, neg, deny, meta)
        readme = readme109.render(pos, ev, neg, meta, deny, muts)
        runs.append((dumps(pos), dumps(ev), dumps(neg), readme))
    if runs[0] != runs[1]:
        raise SystemExit('non-deterministic output')
    s, e, n, readme = runs[0]
    for fn, data in (('secrets.jsonl', s), ('evasions.jsonl', e), ('negatives.jsonl', n), ('README.md', readme)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(data)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests' % (len(pos), len(ev), len(neg), len(muts)))


if __name__ == '__main__':
    main()
