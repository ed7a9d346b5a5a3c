#!/usr/bin/env python3
"""Build the p77 corpus: python3 build.py (stdlib only, deterministic, no clock / network / environment)."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_rest, enc77, dec77
from common import SLOT

NN = '77'


def generate():
    deny = denylist.load()
    pos = gen_everyday.build() + gen_vendor.build() + gen_passwords.build()
    prose, langs, excluded, spare = gen_rest.build_prose(deny)
    pos += prose
    secrets = []
    for i, (src, t, cont, text, s, e) in enumerate(pos, 1):
        secrets.append({'id': 'p%s-s-%04d' % (NN, i), 'type': t, 'container': cont, 'text': text,
                        'secrets': [{'value': text[s:e], 'start': s, 'end': e, 'type': t}], 'source': src})
    evasions = []
    for i, r in enumerate(gen_rest.build_evasions(), 1):
        evasions.append({'id': 'p%s-e-%04d' % (NN, i), 'type': r['type'], 'container': r['container'], 'text': r['text'],
                         'secrets': [{'value': r['text'][r['start']:r['end']], 'start': r['start'], 'end': r['end'], 'type': r['type'],
                                      'plain': r['plain'], 'encoding': r['encoding']}], 'source': 'evasion', 'encoding': r['encoding']})
    negs, docv = gen_rest.build_negatives()
    negatives = [{'id': 'p%s-n-%04d' % (NN, i), 'class': c, 'container': k, 'text': t, 'source': 'negative'} for i, (c, k, t) in enumerate(negs, 1)]
    meta = {'langs': langs, 'excluded': excluded, 'spare': spare, 'docv': docv, 'deny': deny}
    return secrets, evasions, negatives, meta


def own_names():
    n = {}
    n['everyday container kind'] = list(gen_everyday.K)
    n['new everyday span type'] = [t for t in gen_everyday.TYPES if t not in gen_everyday.REPEATED]
    n['vendor type'] = [t for t, _ in gen_vendor.V]
    n['vendor style'] = list(gen_vendor.STYLES)
    n['password type'] = [t for t, _, _ in gen_passwords.P]
    n['password suffix'] = list(gen_passwords.SUFFIX.values())
    n['prose format'] = list(gen_prose.FORMATS)
    n['prose span type'] = [gen_prose.TYPE]
    n['encoding'] = list(enc77.ENC)
    n['evasion wording'] = list(gen_rest.WORDINGS)
    n['negative base kind'] = [k for ks in gen_rest.NEG.values() for k in ks]
    n['negative wrapper'] = list(gen_rest.WRAPPERS)
    n['documentation kind'] = list(gen_rest.DOC_TEXT)
    n['new negative class'] = list(gen_rest.NEW_CLASSES)
    return n


def count_overlapping(text, v):
    c, i = 0, text.find(v)
    while i >= 0:
        c += 1; i = text.find(v, i + 1)
    return c


def check(secrets, evasions, negatives, meta):
    errs = []
    E = errs.append
    deny = meta['deny']
    names = set(deny['names'])
    exempt = set(gen_everyday.REPEATED)
    # ids
    for recs, kind in ((secrets, 's'), (evasions, 'e'), (negatives, 'n')):
        ids = [r['id'] for r in recs]
        if len(set(ids)) != len(ids): E('duplicate ids ' + kind)
        for r in recs:
            if not re.fullmatch(r'p%s-%s-\d{4}' % (NN, kind), r['id']): E('bad id ' + r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: E('json round trip ' + r['id'])
    pos = secrets + evasions
    allrecs = secrets + evasions + negatives
    values = []
    for r in pos:
        if SLOT in r['text'] or '\0' in r['text']: E('slot/NUL ' + r['id'])
        if r['type'] != r['secrets'][0]['type']: E('type mismatch ' + r['id'])
        for s in r['secrets']:
            v = s['value']
            if r['text'][s['start']:s['end']] != v: E('slice ' + r['id'])
            if not v or v != v.strip(): E('edge whitespace ' + r['id'])
            labelled = sum(1 for x in r['secrets'] if x['value'] == v)
            if count_overlapping(r['text'], v) != labelled: E('occurrence count %s %r' % (r['id'], v))
            values.append((r['id'], v))
    vs = [v for _, v in values]
    if len(set(vs)) != len(vs): E('labelled value reused')
    # no value (>=6) of one record in another record's text
    big = [(rid, v) for rid, v in values if len(v) >= 6]
    plains = [(r['id'], r['secrets'][0]['plain']) for r in evasions]
    for r in allrecs:
        for rid, v in big + plains:
            if rid != r['id'] and v in r['text']:
                E('value of %s appears in %s' % (rid, r['id']))
    # evasions
    per = {}
    for r in evasions:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: E('span fields ' + r['id'])
        if r['encoding'] != s['encoding']: E('encoding field ' + r['id'])
        per[s['encoding']] = per.get(s['encoding'], 0) + 1
        try:
            d = dec77.decode(s['encoding'], s['value'])
        except Exception as ex:
            d = None
        if d != s['plain']: E('decode %s' % r['id'])
        if s['plain'] in r['text']: E('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + r['id'])
        if enc77.PHRASE[s['encoding']] not in r['text'][:s['start']]: E('encoding not named before run ' + r['id'])
    if set(enc77.ENC) != set(dec77.DEC) or len(dec77.DEC) != 22: E('encoder/decoder sets')
    if sorted(per.values()) != [3] * 22 or set(per) != set(enc77.ENC): E('3 per encoding')
    pl = [p for _, p in plains]
    if len(set(pl)) != len(pl) or set(pl) & set(vs): E('plain reuse')
    # negatives
    texts = [r['text'] for r in negatives]
    if len(set(texts)) != len(texts): E('duplicate negative texts')
    for r in negatives:
        if 'PRIVATE KEY' in r['text']: E('private key armour ' + r['id'])
    for k, x in meta['docv'].items():
        if not any(x in t for t in texts): E('doc value missing ' + k)
        if any(x in r['text'] for r in pos): E('doc value in positive ' + k)
    # deny-list
    own = own_names()
    for cat, lst in own.items():
        for nm in lst:
            if cat == 'new everyday span type' and nm in exempt: continue
            for part in [nm] + nm.split('__'):
                if part.lower() in names: E('deny-list overlap (%s): %s' % (cat, part))
    for r in allrecs:
        for part in r['container'].split('__'):
            if part.lower() in names: E('deny-listed container part %s in %s' % (part, r['id']))
    for code, name, _ in meta['langs']:
        if not gen_rest.lang_ok(code, name, deny): E('deny-listed language ' + code)
    for r in secrets:
        if r['source'] == 'prose':
            code = r['container'].split('__')[-1]
            if not gen_rest.lang_ok(code, dict((c, n) for c, n, _ in gen_prose.CAND).get(code, code), deny): E('deny-listed prose language ' + code)
    # counts
    src = {}
    for r in secrets: src[r['source']] = src.get(r['source'], 0) + 1
    ek = {r['container'] for r in secrets if r['source'] == 'everyday'}
    if src.get('everyday') != 180 or len(ek) != 45: E('everyday count')
    if not 100 <= src.get('vendor', 0) <= 140: E('vendor count')
    if not 90 <= src.get('password', 0) <= 125: E('password count')
    if src.get('prose') != 40 or len({r['container'].split('__')[1] for r in secrets if r['source'] == 'prose'}) != 40: E('prose count')
    if len(evasions) != 66: E('evasion count')
    if len(negatives) < 180 or len({r['class'] for r in negatives}) != 16: E('negative count/classes')
    vt = [t for t, _ in gen_vendor.V]; pt = [t for t, _, _ in gen_passwords.P]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES): E('type sets')
    return errs


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def mutations(secrets, evasions, negatives, meta):
    M = []
    def mut(name, f):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives)
        f(s, e, n)
        M.append((name, bool(check(s, e, n, meta))))
    mut('shifted start', lambda s, e, n: s[0]['secrets'][0].__setitem__('start', s[0]['secrets'][0]['start'] + 1))
    mut('shortened end', lambda s, e, n: s[5]['secrets'][0].__setitem__('end', s[5]['secrets'][0]['end'] - 1))
    mut('positive value in negative', lambda s, e, n: n[0].__setitem__('text', n[0]['text'] + ' ' + s[200]['secrets'][0]['value']))
    mut('wrong plain', lambda s, e, n: e[3]['secrets'][0].__setitem__('plain', e[3]['secrets'][0]['plain'] + 'x'))
    mut('extra occurrence', lambda s, e, n: s[9].__setitem__('text', s[9]['text'] + '\n' + s[9]['secrets'][0]['value']))
    mut('plain in negative', lambda s, e, n: n[7].__setitem__('text', n[7]['text'] + e[10]['secrets'][0]['plain']))
    mut('duplicate negative', lambda s, e, n: n[2].__setitem__('text', n[1]['text']))
    mut('plain verbatim in its text', lambda s, e, n: e[20].__setitem__('text', e[20]['text'] + ' ' + e[20]['secrets'][0]['plain']))
    mut('README-1 password suffix as container part', lambda s, e, n: s[300].__setitem__('container', s[300]['type'] + '__finance_datamart_script'))
    mut('README-2 encoding as negative container', lambda s, e, n: n[4].__setitem__('container', 'yubico_modhex'))
    mut('truncated run', lambda s, e, n: e[30]['secrets'][0].update(value=e[30]['secrets'][0]['value'][:-2], end=e[30]['secrets'][0]['end'] - 2))
    mut('private key armour', lambda s, e, n: n[9].__setitem__('text', n[9]['text'] + '\n-----BEGIN RSA PRIVATE KEY-----'))
    mut('deny-listed language as prose container', lambda s, e, n: [r.__setitem__('container', r['container'].split('__')[0] + '__de') for r in s if r['source'] == 'prose'][:1])
    mut('value copied into another record', lambda s, e, n: s[11].__setitem__('text', s[11]['text'] + ' ' + s[120]['secrets'][0]['value']))
    mut('wrong id prefix', lambda s, e, n: s[1].__setitem__('id', 'p76-s-0002'))
    mut('documentation value in positive', lambda s, e, n: s[15].__setitem__('text', s[15]['text'] + ' ' + list(meta['docv'].values())[0]))
    return M


def main():
    a = generate(); b = generate()
    A = [dumps(x) for x in a[:3]]; B = [dumps(x) for x in b[:3]]
    if A != B: raise SystemExit('non-deterministic JSONL')
    secrets, evasions, negatives, meta = a
    errs = check(secrets, evasions, negatives, meta)
    if errs:
        print('\n'.join(errs[:60])); raise SystemExit('%d check failures' % len(errs))
    M = mutations(secrets, evasions, negatives, meta)
    bad = [n for n, caught in M if not caught]
    if bad: raise SystemExit('mutation tests not caught: %s' % bad)
    import readme77
    r1 = readme77.render(secrets, evasions, negatives, meta, M)
    r2 = readme77.render(*generate(), M)
    if r1 != r2: raise SystemExit('non-deterministic README')
    for fn, txt in (('secrets.jsonl', A[0]), ('evasions.jsonl', A[1]), ('negatives.jsonl', A[2]), ('README.md', r1)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            f.write(txt)
    print('ok: %d secrets, %d evasions, %d negatives; %d mutation tests caught' % (len(secrets), len(evasions), len(negatives), len(M)))


if __name__ == '__main__':
    main()
