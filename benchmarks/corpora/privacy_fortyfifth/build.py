#!/usr/bin/env python3
"""Build privacy_fortyfifth (p45). Python 3 stdlib only, deterministic, no clock / network / environment."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_encodings, gen_decoders, readme

HERE = os.path.dirname(os.path.abspath(__file__))
NN = '45'


def languages(data):
    ok = [l for l in gen_prose.LANGS if denylist.language_ok(l[0], l[1], data)]
    dropped = [l for l in gen_prose.LANGS if l not in ok]
    return ok[:40], dropped, ok[40:]


def generate(data):
    pool = common.Pool()
    langs, dropped, spare = languages(data)
    pos = gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool) + gen_prose.generate(pool, langs)
    ev = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    for i, x in enumerate(pos):
        x['id'] = 'p%s-s-%04d' % (NN, i + 1)
    for i, x in enumerate(ev):
        x['id'] = 'p%s-e-%04d' % (NN, i + 1)
    for i, x in enumerate(neg):
        x['id'] = 'p%s-n-%04d' % (NN, i + 1)
    return pos, ev, neg, {'langs': langs, 'dropped': dropped, 'spare': spare}


def order(x, keys):
    return {k: x[k] for k in keys if k in x}


PKEYS = ['id', 'type', 'container', 'text', 'secrets', 'source']
EKEYS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
NKEYS = ['id', 'class', 'container', 'text', 'source']


def dump(rows, keys):
    return ''.join(json.dumps(order(x, keys), ensure_ascii=False) + '\n' for x in rows)


def own_names(pos, ev, neg):
    names = set()
    for x in pos + ev + neg:
        names.add(x['container'])
    for x in pos + ev:
        for s in x['secrets']:
            if x['source'] in ('vendor', 'password', 'prose'):
                names.add(s['type'])
    names |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS) | set(gen_evasions.LAYOUTS)
    names |= {s for s, _ in gen_vendor.STYLES} | {'pasted_console_session', 'mop_document_snippet'}
    names |= set(gen_prose.FORMATS) | {gen_prose.PTYPE} | set(gen_everyday.KINDS and [k[0] for k in gen_everyday.KINDS])
    names |= set(gen_negatives.WRAPPERS) | {k for ks in gen_negatives.CLASSES.values() for k, _ in ks}
    names |= {d[0] for d in gen_negatives.doc_values()} | {'credential_prompt_without_value'}
    return sorted(names)


def count_occ(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def check(pos, ev, neg, data, meta):
    errs = []
    E = errs.append
    ids = [x['id'] for x in pos + ev + neg]
    if len(ids) != len(set(ids)):
        E('duplicate ids')
    for x, pat in [(x, r'^p45-s-\d{4}$') for x in pos] + [(x, r'^p45-e-\d{4}$') for x in ev] + [(x, r'^p45-n-\d{4}$') for x in neg]:
        if not re.match(pat, x['id']):
            E('bad id ' + x['id'])
    seen_vals = {}
    for x in pos + ev:
        t = x['text']
        if json.loads(json.dumps(x, ensure_ascii=False)) != x:
            E('json round trip ' + x['id'])
        if '«' in t or '\x00' in t or re.search(r'\{[A-Z]{1,4}\}', t):
            E('template marker left ' + x['id'])
        if x['type'] != x['secrets'][0]['type']:
            E('type != first span ' + x['id'])
        last = -1
        labelled = {}
        for s in x['secrets']:
            if t[s['start']:s['end']] != s['value']:
                E('slice ' + x['id'])
            if s['value'] != s['value'].strip() or not s['value']:
                E('edge whitespace ' + x['id'])
            if s['start'] < last:
                E('unsorted ' + x['id'])
            last = s['end']
            labelled[s['value']] = labelled.get(s['value'], 0) + 1
        for v, n in labelled.items():
            if count_occ(t, v) != n:
                E('occurrence count %s %r' % (x['id'], v[:20]))
            if v in seen_vals and seen_vals[v] != x['id']:
                E('value reused ' + x['id'])
            seen_vals[v] = x['id']
    # evasions
    try:
        gen_decoders.self_test()
    except AssertionError as e:
        E('decoder self-test ' + str(e))
    if set(gen_encodings.ENC) != set(gen_decoders.DEC) or len(gen_encodings.ENC) != 22:
        E('encoder/decoder sets')
    per = {}
    plains = set()
    posvals = {s['value'] for x in pos for s in x['secrets']}
    for x in ev:
        s = x['secrets'][0]
        per[s['encoding']] = per.get(s['encoding'], 0) + 1
        if s['encoding'] != x['encoding']:
            E('encoding field ' + x['id'])
        try:
            got = gen_decoders.DEC[s['encoding']](x['text'][:s['start']], s['value'])
        except Exception as e:
            got = 'ERR %r' % e
        if got != s['plain']:
            E('decode %s %r != %r' % (x['id'], got, s['plain']))
        if s['plain'] in x['text'] or s['plain'] in posvals or s['plain'] in plains:
            E('plain verbatim / reused ' + x['id'])
        plains.add(s['plain'])
    if any(v != 3 for v in per.values()) or len(per) != 22:
        E('evasions per encoding')
    # negatives
    texts = [x['text'] for x in neg]
    if len(set(texts)) != len(texts):
        E('duplicate negative text')
    forbidden = [v for v in posvals | plains | {s['value'] for x in ev for s in x['secrets']} if len(v) >= 6]
    for x in neg:
        if 'PRIVATE KEY' in x['text']:
            E('private key in negative ' + x['id'])
        for v in forbidden:
            if v in x['text']:
                E('secret in negative ' + x['id'])
                break
    docs = [d[2] for d in gen_negatives.doc_values()]
    alltext_pos = ''.join(x['text'] for x in pos + ev)
    for d in docs:
        if not any(d in x['text'] for x in neg) or d in alltext_pos:
            E('documentation value placement ' + d[:10])
    # deny-list
    bad = denylist.overlaps(own_names(pos, ev, neg), data)
    if bad:
        E('deny-list overlap %r' % bad[:5])
    for code, name, _ in meta['langs']:
        if not denylist.language_ok(code, name, data):
            E('language ' + code)
    # counts
    src = lambda s: [x for x in pos if x['source'] == s]
    if len(src('everyday')) != 180 or len({x['container'] for x in src('everyday')}) != 45:
        E('everyday count')
    if not 100 <= len(src('vendor')) <= 140:
        E('vendor count')
    if not 90 <= len(src('password')) <= 120:
        E('password count')
    if len(src('prose')) != 40 or len({x['container'].split('__')[1] for x in src('prose')}) != 40:
        E('prose count')
    if len(ev) != 66 or len(neg) < 180 or len({x['class'] for x in neg}) != 16:
        E('evasion / negative count')
    vt = [x['type'] for x in src('vendor')]
    pt = [x['type'] for x in src('password')]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt):
        E('vendor / password types not unique or not disjoint')
    return errs


def mutation_tests(pos, ev, neg, data, meta):
    muts = []
    p, e, n = copy.deepcopy((pos, ev, neg))
    p[0]['secrets'][0]['start'] += 1
    muts.append(('shifted offset', p, e, n))
    p, e, n = copy.deepcopy((pos, ev, neg))
    n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    muts.append(('positive value in negative', p, e, n))
    p, e, n = copy.deepcopy((pos, ev, neg))
    e[3]['secrets'][0]['plain'] += 'x'
    muts.append(('wrong plain', p, e, n))
    p, e, n = copy.deepcopy((pos, ev, neg))
    p[7]['text'] += '\n' + p[7]['secrets'][0]['value']
    muts.append(('extra unlabelled occurrence', p, e, n))
    p, e, n = copy.deepcopy((pos, ev, neg))
    n[9]['text'] += ' ' + e[9]['secrets'][0]['plain']
    muts.append(('evasion plain in negative', p, e, n))
    p, e, n = copy.deepcopy((pos, ev, neg))
    n[1]['text'] = n[0]['text']
    muts.append(('duplicate negative text', p, e, n))
    p, e, n = copy.deepcopy((pos, ev, neg))
    n[2]['container'] = 'change_ticket_config_excerpt'
    muts.append(('deny-listed container', p, e, n))
    for name, p, e, n in muts:
        if not check(p, e, n, data, meta):
            raise SystemExit('mutation test not caught: ' + name)
    return len(muts)


def main():
    if '--freeze' in sys.argv:
        denylist.freeze()
    data = denylist.load()
    outs = []
    for _ in range(2):
        pos, ev, neg, meta = generate(data)
        errs = check(pos, ev, neg, data, meta)
        if errs:
            raise SystemExit('checks failed:\n' + '\n'.join(errs[:40]))
        nm = mutation_tests(pos, ev, neg, data, meta)
        md = readme.render(pos, ev, neg, meta, data, nm, own_names(pos, ev, neg))
        outs.append((dump(pos, PKEYS), dump(ev, EKEYS), dump(neg, NKEYS), md))
    if outs[0] != outs[1]:
        raise SystemExit('non-deterministic output')
    for fn, body in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'), outs[0]):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as fh:
            fh.write(body)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests' % (len(pos), len(ev), len(neg), nm))


if __name__ == '__main__':
    main()
