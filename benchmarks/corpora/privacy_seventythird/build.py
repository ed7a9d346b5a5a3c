"""Build privacy_seventythird (p73): generate twice, check, mutation-test, write."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_encodings, gen_decoders, readme

HERE = os.path.dirname(os.path.abspath(__file__))
NN = '73'


class CheckError(Exception):
    pass


def need(c, msg):
    if not c:
        raise CheckError(msg)


def pick_langs(frozen):
    names, langs, words = set(frozen['names']), set(frozen['languages']), set(frozen['words'])
    ok, excluded = [], []
    for code, name, sent in gen_prose.CANDIDATES:
        bad = code in names or code in langs or code in words or any(
            w.lower() in words or w.lower() in langs for w in re.findall(r'[A-Za-z]+', name))
        (excluded if bad else ok).append((code, name, sent))
    return ok[:40], [c for c, _, _ in excluded], [c for c, _, _ in ok[40:]]


def generate():
    frozen = denylist.load()
    pool = common.Pool()
    langs, excl, spare = pick_langs(frozen)
    pos = (gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool)
           + gen_prose.generate(pool, langs))
    ev = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    for i, r in enumerate(pos, 1):
        r['id'] = 'p%s-s-%04d' % (NN, i)
    for i, r in enumerate(ev, 1):
        r['id'] = 'p%s-e-%04d' % (NN, i)
    for i, r in enumerate(neg, 1):
        r['id'] = 'p%s-n-%04d' % (NN, i)
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in ['id', 'class', 'container', 'text', 'source']} for r in neg]
    return pos, ev, neg, {'langs': langs, 'excluded': excl, 'spare': spare}


def own_names(pos, ev, neg):
    n = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES)
    n |= {t for t, _, _ in gen_vendor.VENDORS} | set(gen_vendor.STYLES)
    n |= {t for t, _, _ in gen_passwords.P} | set(gen_passwords.SUFFIX.values())
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    n |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS)
    for kinds in gen_negatives.BASE.values():
        n |= set(kinds)
    n |= set(gen_negatives.WRAPPERS) | set(gen_negatives.DOC)
    n |= {'public_blockchain_address', 'transaction_or_block_hash'}
    for r in pos + ev + neg:
        n.add(r['container'])
    return n


def check(pos, ev, neg, meta):
    frozen = denylist.load()
    names = set(frozen['names'])
    allp = pos + ev
    # ids
    for rs, tag in ((pos, 's'), (ev, 'e'), (neg, 'n')):
        for i, r in enumerate(rs, 1):
            need(r['id'] == 'p%s-%s-%04d' % (NN, tag, i), 'bad id ' + r['id'])
    for r in allp + neg:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, 'json round trip')
    labelled = []
    for r in allp:
        t = r['text']
        need(common.SLOT not in t and '\0' not in t, 'slot marker left ' + r['id'])
        need(len(r['secrets']) == 1, 'one span ' + r['id'])
        need(r['type'] == r['secrets'][0]['type'], 'record type ' + r['id'])
        for s in r['secrets']:
            need(t[s['start']:s['end']] == s['value'], 'slice ' + r['id'])
            need(s['value'] == s['value'].strip(), 'edge whitespace ' + r['id'])
            cnt = sum(1 for x in r['secrets'] if x['value'] == s['value'])
            need(common.count_overlapping(t, s['value']) == cnt, 'occurrence count ' + r['id'])
            labelled.append(s['value'])
    need(len(labelled) == len(set(labelled)), 'labelled value reused')
    for r in allp:
        v = r['secrets'][0]['value']
        for o in allp:
            if o is not r:
                need(v not in o['text'], 'value of %s occurs in %s' % (r['id'], o['id']))
    # evasions
    plains = []
    for r in ev:
        s = r['secrets'][0]
        need(set(s) == {'value', 'start', 'end', 'type', 'plain', 'encoding'}, 'span fields ' + r['id'])
        need(s['encoding'] == r['encoding'], 'encoding field')
        dec = gen_decoders.DEC[s['encoding']](s['value'], r['text'][:s['start']])
        need(dec == s['plain'], 'decode ' + r['id'])
        need(s['plain'] not in r['text'], 'plain verbatim ' + r['id'])
        need(re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']) is not None, 'plain alphabet')
        plains.append(s['plain'])
    need(len(plains) == len(set(plains)) and not set(plains) & set(labelled), 'plain unique')
    need(set(gen_encodings.ENC) == set(gen_decoders.DEC) and len(gen_decoders.DEC) == 22, 'enc/dec sets')
    for e in gen_encodings.ENC:
        need(sum(1 for r in ev if r['encoding'] == e) == 3, 'three per encoding')
    # negatives
    texts = [r['text'] for r in neg]
    need(len(texts) == len(set(texts)), 'duplicate negative text')
    secrets_all = [v for v in labelled + plains if len(v) >= 6]
    for r in neg:
        for v in secrets_all:
            need(v not in r['text'], 'secret in negative ' + r['id'])
        need('PRIVATE KEY' not in r['text'], 'private key armour ' + r['id'])
    need(gen_negatives.verify_doc(), 'doc values')
    for v in gen_negatives.DOC.values():
        need(any(v in t for t in texts), 'doc value missing')
        need(not any(v in r['text'] for r in allp), 'doc value in positives')
    # deny-list
    exempt = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)
    for n in own_names(pos, ev, neg):
        for part in [n.lower()] + n.lower().split('__'):
            if part in exempt:
                continue
            need(part not in names, 'deny-listed name: ' + part + ' in ' + n)
    langs, words = set(frozen['languages']), set(frozen['words'])
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            need(code not in names and code not in langs and code not in words, 'deny-listed language ' + code)
    # counts
    src = lambda s: [r for r in pos if r['source'] == s]
    need(len(src('everyday')) == 180 and len({r['container'] for r in src('everyday')}) == 45, 'everyday counts')
    need(100 <= len(src('vendor')) <= 140, 'vendor count')
    need(90 <= len(src('password')) <= 125, 'password count')
    need(len(src('prose')) == 40 and len({r['container'].split('__')[1] for r in src('prose')}) == 40, 'prose count')
    need(len(ev) == 66, 'evasion count')
    need(len(neg) >= 180 and len({r['class'] for r in neg}) == 16, 'negative count')
    vt = [r['type'] for r in src('vendor')]
    pt = [r['type'] for r in src('password')]
    need(len(vt) == len(set(vt)) and len(pt) == len(set(pt)), 'types unique')
    need(not (set(vt) & set(pt)) and not ((set(vt) | set(pt)) & set(gen_everyday.TYPES)), 'types disjoint')
    return True


def serialise(rs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rs)


def mutations(pos, ev, neg, meta):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['secrets'][0]['end'] -= 1
    def m3(p, e, n): n[0]['text'] += p[5]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] = 'wrongplain01'
    def m5(p, e, n): p[2]['text'] += ' ' + p[2]['secrets'][0]['value']
    def m6(p, e, n): n[3]['text'] += e[4]['secrets'][0]['plain']
    def m7(p, e, n): n[4]['text'] = n[5]['text']
    def m8(p, e, n): e[2]['text'] += e[2]['secrets'][0]['plain']
    def m9(p, e, n): p[3]['container'] = 'x__ota_update_state_script'
    def m10(p, e, n): n[6]['container'] = 'mime_encoded_word_b_form'
    def m11(p, e, n):
        s = e[7]['secrets'][0]; s['value'] = s['value'][:-2]; s['end'] -= 2
    def m12(p, e, n): n[8]['text'] += '-----BEGIN OPENSSH PRIVATE KEY-----\n'
    def m13(p, e, n): p[9]['id'] = 'p72-s-0010'
    def m14(p, e, n):
        r = [x for x in p if x['source'] == 'prose'][0]; r['container'] = r['container'].split('__')[0] + '__fi'
    def m15(p, e, n):
        v = p[10]['secrets'][0]['value']; p[11]['text'] += v
    caught = 0
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        try:
            check(p, e, n, meta)
        except (CheckError, AssertionError, ValueError, KeyError, IndexError, AttributeError, UnicodeDecodeError):
            caught += 1
            continue
        raise SystemExit('mutation not caught: ' + m.__name__)
    return caught


def main():
    frozen_checked = denylist.verify_frozen()
    a = generate()
    b = generate()
    ra = readme.render(*a)
    rb = readme.render(*b)
    for x, y in zip(a[:3], b[:3]):
        if serialise(x) != serialise(y):
            raise SystemExit('non-deterministic JSONL')
    if ra != rb:
        raise SystemExit('non-deterministic README')
    pos, ev, neg, meta = a
    check(pos, ev, neg, meta)
    n = mutations(pos, ev, neg, meta)
    for fn, rs in (('secrets.jsonl', pos), ('evasions.jsonl', ev), ('negatives.jsonl', neg)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(serialise(rs))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(ra)
    print('ok: %d positives, %d evasions, %d negatives; %d mutations caught; deny-list re-extracted: %s'
          % (len(pos), len(ev), len(neg), n, frozen_checked))


if __name__ == '__main__':
    main()
