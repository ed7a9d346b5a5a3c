#!/usr/bin/env python3
"""Build corpus p131 (brewery, winery and beverage-production developers). Standard library only."""
import json, os, re, sys, copy
import common131, everyday131, vendor131, positional131, prose131, evasions131, negatives131, dec131, readme131

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = dict(everyday=13101, vendor=13102, password=13103, prose=13104, evasion=13105, negative=13106)

def generate(deny):
    uniq = common131.Uniq()
    ev = everyday131.build(SEEDS['everyday'], uniq)
    ve, vdrop, vcut = vendor131.build(SEEDS['vendor'], uniq, set(deny['words']) | set(deny['names']))
    pw, pdrop = positional131.build(SEEDS['password'], uniq, deny['tokens'])
    pr, ldrop = prose131.build(SEEDS['prose'], uniq, set(deny['names']), set(deny['langs']), set(deny['words']))
    langs = [rec.pop('_lang') for rec in pr]
    evs = evasions131.build(SEEDS['evasion'], uniq)
    neg = negatives131.build(SEEDS['negative'])
    pos = ev + ve + pw + pr
    recs = []
    for i, rec in enumerate(pos, 1):
        recs.append(dict(id='p131-s-%04d' % i, type=rec['type'], container=rec['container'], text=rec['text'],
                         secrets=rec['secrets'], source=rec['source']))
    erecs = []
    for i, rec in enumerate(evs, 1):
        erecs.append(dict(id='p131-e-%04d' % i, type=rec['type'], container=rec['container'], encoding=rec['encoding'],
                          text=rec['text'], secrets=rec['secrets'], source='evasion'))
    nrecs = []
    for i, rec in enumerate(neg, 1):
        nrecs.append(dict(id='p131-n-%04d' % i, **{'class': rec['class']}, container=rec['container'], text=rec['text'], source='negative'))
    meta = dict(vdrop=vdrop, vcut=vcut, pdrop=pdrop, ldrop=ldrop, langs=langs)
    return recs, erecs, nrecs, meta

def dump(rs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rs)

class CheckError(Exception):
    pass

def need(cond, msg):
    if not cond:
        raise CheckError(msg)

def check(recs, erecs, nrecs, deny):
    dn = set(deny['names'])
    # ids and fields
    for rs_, pre, fields in ((recs, 'p131-s-', {'id', 'type', 'container', 'text', 'secrets', 'source'}),
                             (erecs, 'p131-e-', {'id', 'type', 'container', 'encoding', 'text', 'secrets', 'source'}),
                             (nrecs, 'p131-n-', {'id', 'class', 'container', 'text', 'source'})):
        ids = [x['id'] for x in rs_]
        need(len(ids) == len(set(ids)), 'duplicate id')
        for k, x in enumerate(rs_, 1):
            need(x['id'] == '%s%04d' % (pre, k), 'bad id ' + x['id'])
            need(set(x) == fields, 'bad fields ' + x['id'])
    all_vals, plains = [], []
    for x in recs + erecs:
        need(len(x['secrets']) == 1, 'one span ' + x['id'])
        s = x['secrets'][0]
        t = x['text']
        need(t[s['start']:s['end']] == s['value'], 'offset ' + x['id'])
        need(s['value'] == s['value'].strip() and s['value'], 'edge ws ' + x['id'])
        need(x['type'] == s['type'], 'type ' + x['id'])
        need(t.count(s['value']) == 1, 'value once ' + x['id'])
        need('{v}' not in t and '\0' not in t and 'PRIVATE KEY' not in t, 'marker ' + x['id'])
        all_vals.append(s['value'])
        if x['id'].startswith('p131-e-'):
            need(set(s) == {'value', 'start', 'end', 'type', 'plain', 'encoding'}, 'evasion span fields ' + x['id'])
            need(s['encoding'] == x['encoding'], 'enc mismatch ' + x['id'])
            need(dec131.decode(x['encoding'], s['value']) == s['plain'], 'decode ' + x['id'])
            need(re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']), 'plain alphabet ' + x['id'])
            need(t.index(':\n') < s['start'], 'rule before run ' + x['id'])
            plains.append(s['plain'])
        else:
            need(set(s) == {'value', 'start', 'end', 'type'}, 'span fields ' + x['id'])
        if x['source'] == 'prose':
            need(s['start'] > 0 and t[s['start'] - 1] == ' ' and t[s['end']] == ' ', 'prose spacing ' + x['id'])
    need(len(all_vals) == len(set(all_vals)), 'value reused')
    need(len(plains) == len(set(plains)) and not set(plains) & set(all_vals), 'plain reused')
    texts = [(x['id'], x['text']) for x in recs + erecs]
    for x in recs + erecs:
        v = x['secrets'][0]['value']
        for i2, t2 in texts:
            if i2 != x['id']:
                need(v not in t2, 'value %s in %s' % (x['id'], i2))
    for p in plains:
        for i2, t2 in texts:
            need(p not in t2, 'plain in text ' + i2)
    ntexts = [n['text'] for n in nrecs]
    need(len(ntexts) == len(set(ntexts)), 'dup negative')
    for n in nrecs:
        for v in all_vals + plains:
            need(v not in n['text'], 'positive value in negative ' + n['id'])
    # deny-list overlap
    for x in recs + erecs:
        need(not common131.name_hits(x['container'], dn), 'deny container %s %s' % (x['id'], common131.name_hits(x['container'], dn)))
        need(not common131.name_hits(x['type'], dn), 'deny type %s %s' % (x['id'], x['type']))
    for x in erecs:
        need(not common131.name_hits(x['encoding'], dn), 'deny encoding ' + x['encoding'])
    for n in nrecs:
        need(not common131.name_hits(n['class'], dn), 'deny class ' + n['class'])
        need(not common131.name_hits(n['container'], dn), 'deny neg container %s %s' % (n['container'], common131.name_hits(n['container'], dn)))
    langs = [x['container'].split('__')[1] for x in recs if x['source'] == 'prose']
    need(len(langs) == len(set(langs)) == 40, '40 prose languages')
    for l in langs:
        need(l not in deny['langs'] and l not in dn, 'deny language ' + l)
    fam = {}
    for x in recs:
        fam.setdefault(x['source'], set()).add(x['type'])
    fl = list(fam.values())
    for i in range(len(fl)):
        for j in range(i + 1, len(fl)):
            need(not fl[i] & fl[j], 'type families overlap')
    need(len(set(x['class'] for x in nrecs)) == 16, '16 classes')
    need(len(erecs) == 66 and len(set(x['encoding'] for x in erecs)) == 22, '22 x 3 evasions')

def mutations(recs, erecs, nrecs, deny):
    muts = []
    def m1(a, b, c): a[0]['secrets'][0]['start'] += 1
    def m2(a, b, c): c[0]['text'] += ' ' + a[5]['secrets'][0]['value']
    def m3(a, b, c): b[0]['secrets'][0]['plain'] += 'x'
    def m4(a, b, c): c[1]['class'] = 'job_and_work_order_numbers'
    def m5(a, b, c): b[0]['encoding'] = b[0]['secrets'][0]['encoding'] = 'xor_0x5a_hex_bytes'
    def m6(a, b, c): a[3]['text'] += ' ' + a[3]['secrets'][0]['value']
    def m7(a, b, c): a[2]['container'] = 'dispatch_laravel_env_file'
    def m8(a, b, c): c[2]['text'] = c[3]['text']
    def m9(a, b, c): a[7]['text'] = a[7]['text'] + ' ' + b[4]['secrets'][0]['plain']
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9):
        a, b, c = copy.deepcopy(recs), copy.deepcopy(erecs), copy.deepcopy(nrecs)
        m(a, b, c)
        try:
            check(a, b, c, deny)
        except (CheckError, KeyError, ValueError):
            muts.append(m.__name__)
            continue
        raise SystemExit('mutation not caught: ' + m.__name__)
    return muts

def main():
    deny = common131.load_denylist()
    r1 = generate(deny)
    r2 = generate(deny)
    for a, b in zip(r1[:3], r2[:3]):
        if dump(a) != dump(b):
            raise SystemExit('non-deterministic output')
    recs, erecs, nrecs, meta = r1
    check(recs, erecs, nrecs, deny)
    muts = mutations(recs, erecs, nrecs, deny)
    rd1 = readme131.render(recs, erecs, nrecs, meta, deny, muts)
    rd2 = readme131.render(*r2[:4], deny, muts)
    if rd1 != rd2:
        raise SystemExit('README non-deterministic')
    for fn, rs_ in (('secrets.jsonl', recs), ('evasions.jsonl', erecs), ('negatives.jsonl', nrecs)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(dump(rs_))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(rd1)
    src = {}
    for x in recs:
        src[x['source']] = src.get(x['source'], 0) + 1
    print('ok: secrets %d %s, evasions %d, negatives %d; dropped vendors %s, syntaxes %s, languages %s; mutations %s'
          % (len(recs), src, len(erecs), len(nrecs), meta['vdrop'], meta['pdrop'], meta['ldrop'], muts))

if __name__ == '__main__':
    main()
