"""Build p63: python3 build.py  (stdlib only, deterministic)."""
import copy, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import denylist, common, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, gen_decoders

def generate(dl):
    pool = common.Pool()
    ev = gen_everyday.gen(pool); ve = gen_vendor.gen(pool); pw = gen_passwords.gen(pool); pr, langs = gen_prose.gen(pool, dl)
    es = gen_evasions.gen(pool); ng, docvals = gen_negatives.gen()
    pos = []
    for i, x in enumerate(ev + ve + pw + pr):
        x.pop('lang', None)
        pos.append({'id': 'p63-s-%04d' % (i + 1), 'type': x['type'], 'container': x['container'], 'text': x['text'], 'secrets': x['secrets'], 'source': x['source']})
    eva = [{'id': 'p63-e-%04d' % (i + 1), 'type': x['type'], 'container': x['container'], 'text': x['text'], 'encoding': x['encoding'], 'secrets': x['secrets'], 'source': x['source']} for i, x in enumerate(es)]
    neg = [{'id': 'p63-n-%04d' % (i + 1), 'class': x['class'], 'container': x['container'], 'text': x['text'], 'source': x['source']} for i, x in enumerate(ng)]
    return pos, eva, neg, docvals, langs

def own_names():
    n = list(gen_everyday.KINDS) + gen_everyday.NEW_TYPES + [v[0] for v in gen_vendor.V] + list(gen_vendor.STYLES)
    n += [s[0] for s in gen_passwords.S] + list(gen_passwords.SUFFIX.values()) + list(gen_prose.FORMATS) + [gen_prose.SPAN_TYPE]
    n += list(gen_encodings.ENC) + list(gen_evasions.WORDINGS) + [w.strip('_').replace('in_', '', 1) for w in gen_negatives.WRAPPERS if w]
    n += [b for c in gen_negatives.BASES.values() for b in c] + gen_negatives.NEW_CLASSES + list(gen_negatives.docs()[1])
    return n

def check(pos, eva, neg, docvals, langs, dl):
    errs = []
    def E(m): errs.append(m)
    ids = [x['id'] for x in pos + eva + neg]
    if len(set(ids)) != len(ids): E('dup ids')
    for x in pos + eva + neg:
        if not re.fullmatch(r'p63-[sen]-\d{4}', x['id']): E('bad id ' + x['id'])
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: E('json ' + x['id'])
    vals = Counter()
    for x in pos + eva:
        t = x['text']
        if x['type'] != x['secrets'][0]['type']: E('type ' + x['id'])
        if '{V}' in t or '\x00' in t: E('slot ' + x['id'])
        for s in x['secrets']:
            if t[s['start']:s['end']] != s['value']: E('slice ' + x['id'])
            if s['value'] != s['value'].strip(): E('edge ws ' + x['id'])
            vals[s['value']] += 1
            occ = sum(1 for i in range(len(t)) if t.startswith(s['value'], i))
            if occ != sum(1 for z in x['secrets'] if z['value'] == s['value']): E('occurrence %s' % x['id'])
        if x['source'] == 'evasion':
            s = x['secrets'][0]
            if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: E('fields ' + x['id'])
            try: d = gen_decoders.DEC[s['encoding']](t[:s['start']], s['value'])
            except Exception as ex: d = 'ERR %r' % ex
            if d != s['plain']: E('decode %s %s' % (x['id'], s['encoding']))
            if s['plain'] in t: E('plain verbatim ' + x['id'])
            if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + x['id'])
            vals[s['plain']] += 1
    if any(c > 1 for c in vals.values()): E('value reused across records')
    secrets_all = [v for v in vals if len(v) >= 6]
    ntexts = [x['text'] for x in neg]
    if len(set(ntexts)) != len(ntexts): E('dup negative text')
    for x in neg:
        if 'PRIVATE KEY' in x['text']: E('private key in negative')
        for v in secrets_all:
            if v in x['text']: E('positive value in negative ' + x['id']); break
    for v in docvals.values():
        if not any(v in t for t in ntexts): E('doc value missing')
        if any(v in x['text'] for x in pos + eva): E('doc value in positive')
    for n in own_names() + [x['container'] for x in pos + eva + neg]:
        h = denylist.overlaps(dl, n)
        if h: E('deny-list overlap %s %s' % (n, h))
    for code, name, _ in langs:
        if not denylist.lang_ok(dl, code, name): E('language ' + code)
    src = Counter(x['source'] for x in pos)
    if src['everyday'] != 180 or len(set(x['container'] for x in pos if x['source'] == 'everyday')) != 45: E('everyday count')
    if not 100 <= src['vendor'] <= 140 or not 90 <= src['password'] <= 125 or src['prose'] != 40: E('part counts')
    if len(set(c for c, _, _ in langs)) != 40: E('languages')
    if len(eva) != 66 or set(gen_encodings.ENC) != set(gen_decoders.DEC) or len(gen_encodings.ENC) != 22: E('evasion counts')
    if any(c != 3 for c in Counter(x['encoding'] for x in eva).values()): E('per-encoding')
    if len(neg) < 180 or len(set(x['class'] for x in neg)) != 16: E('negative counts')
    vt = [x['type'] for x in pos if x['source'] == 'vendor']; pt = [x['type'] for x in pos if x['source'] == 'password']
    et = set(x['type'] for x in pos if x['source'] == 'everyday')
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: E('type disjointness')
    return errs

def mutations(pos, eva, neg, docvals, langs, dl):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[5]['secrets'][0]['end'] -= 1
    def m3(p, e, n): n[0]['text'] += ' ' + p[3]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] = 'wrong-plain-99'
    def m5(p, e, n): p[9]['text'] += '\n' + p[9]['secrets'][0]['value']
    def m6(p, e, n): n[4]['text'] += e[2]['secrets'][0]['plain']
    def m7(p, e, n): n[1]['text'] = n[0]['text']
    def m8(p, e, n): e[4]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m9(p, e, n): p[0]['container'] = 'x__ota_update_state_script'
    def m10(p, e, n): p[1]['container'] = 'cisco_type7_obfuscation__y'
    def m11(p, e, n): n[2]['text'] += '\n-----BEGIN RSA PRIVATE KEY-----'
    def m12(p, e, n, l): l[0] = ('fi', 'Finnish', '')
    caught = 0; fns = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11]
    for f in fns:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg); f(p, e, n)
        caught += bool(check(p, e, n, docvals, langs, dl))
    l = list(langs); m12(None, None, None, l); caught += bool(check(pos, eva, neg, docvals, l, dl))
    return caught, len(fns) + 1

def dump(rows): return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows)

def main():
    dl = denylist.load()
    a = generate(dl); b = generate(dl)
    import readme
    ra = readme.render(*a, dl); rb = readme.render(*b, dl)
    if [dump(x) for x in a[:3]] != [dump(x) for x in b[:3]] or ra != rb: raise SystemExit('non-deterministic')
    errs = check(*a, dl)
    if errs: raise SystemExit('CHECKS FAILED:\n' + '\n'.join(errs[:40]))
    c, n = mutations(*a, dl)
    if c != n: raise SystemExit('mutation tests: only %d/%d caught' % (c, n))
    pos, eva, neg = a[:3]
    for fn, rows in [('secrets.jsonl', pos), ('evasions.jsonl', eva), ('negatives.jsonl', neg)]:
        open(os.path.join(HERE, fn), 'w', encoding='utf-8').write(dump(rows))
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok: %d positives, %d evasions, %d negatives; all checks passed; %d/%d mutations caught' % (len(pos), len(eva), len(neg), c, n))

if __name__ == '__main__':
    main()
