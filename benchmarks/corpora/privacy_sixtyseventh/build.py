"""Build the p67 corpus: generate twice, check everything, run mutation tests, then write."""
import json, os, re, copy, sys
import denylist, common
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC, PHRASE
from gen_decoders import DEC

HERE = os.path.dirname(os.path.abspath(__file__))

def generate(deny):
    pool = common.Pool()
    pos = gen_everyday.gen(1, pool)
    pos += gen_vendor.gen(len(pos) + 1, pool)
    pos += gen_passwords.gen(len(pos) + 1, pool)
    prose, langs = gen_prose.gen(len(pos) + 1, pool, deny)
    pos += prose
    ev = gen_evasions.gen(1, pool)
    neg = gen_negatives.gen(1)
    return pos, ev, neg, langs

def dump(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)

def own_names():
    """Every name this corpus introduces (checked against the deny-list)."""
    n = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES)
    n |= {t for t, _ in gen_vendor.VENDORS} | set(gen_vendor.STYLES)
    n |= {t for t, _, _ in gen_passwords.SYNTAX} | set(gen_passwords.SUFFIX.values())
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    n |= set(ENC) | set(gen_evasions.WORDINGS)
    n |= set(gen_negatives.B) | set(gen_negatives.WRAPPERS) | {d[0] for d in gen_negatives.DOCS} | set(gen_negatives.NEW_CLASSES)
    return n

def deny_overlap(names, containers, deny):
    bad = set(x.lower() for x in deny['names'])
    hits = []
    for nm in list(names) + list(containers):
        parts = [nm] + nm.split('__')
        for p in parts:
            if p.lower() in bad:
                hits.append((nm, p))
    return hits

def check(pos, ev, neg, langs, deny):
    errs = []
    ids = set()
    allvals = []
    for src, rows, pat in ((pos, pos, r'p67-s-\d{4}'), (ev, ev, r'p67-e-\d{4}'), (neg, neg, r'p67-n-\d{4}')):
        for r in rows:
            if not re.fullmatch(pat, r['id']) or r['id'] in ids:
                errs.append('bad id ' + r['id'])
            ids.add(r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r:
                errs.append('json ' + r['id'])
    for r in pos + ev:
        t = r['text']
        if '\ue000' in t or '\ue001' in t or '\x00' in t:
            errs.append('slot marker ' + r['id'])
        if r['type'] != r['secrets'][0]['type']:
            errs.append('type ' + r['id'])
        last = -1
        for s in r['secrets']:
            if t[s['start']:s['end']] != s['value']:
                errs.append('offset ' + r['id'])
            if s['value'] != s['value'].strip() or not s['value']:
                errs.append('edge ws ' + r['id'])
            if s['start'] < last:
                errs.append('order ' + r['id'])
            last = s['start']
        for v in set(s['value'] for s in r['secrets']):
            occ = sum(1 for k in range(len(t)) if t.startswith(v, k))
            if occ != sum(1 for s in r['secrets'] if s['value'] == v):
                errs.append('occurrence count ' + r['id'])
            allvals.append(v)
    if len(allvals) != len(set(allvals)):
        errs.append('labelled value reused across records')
    # evasions
    plains = []
    for r in ev:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}:
            errs.append('evasion fields ' + r['id'])
        try:
            got = DEC[s['encoding']](r['text'][:s['start']], s['value'])
        except Exception as e:
            got = None
        if got != s['plain']:
            errs.append('decode ' + r['id'])
        if s['plain'] in r['text']:
            errs.append('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']):
            errs.append('plain alphabet ' + r['id'])
        if PHRASE[s['encoding']] not in r['text'][:s['start']]:
            errs.append('encoding not named before run ' + r['id'])
        plains.append(s['plain'])
    if set(ENC) != set(DEC) or len(ENC) != 22:
        errs.append('encoder/decoder sets')
    from collections import Counter
    c = Counter(r['encoding'] for r in ev)
    if set(c.values()) != {3} or len(c) != 22:
        errs.append('evasions per encoding')
    posvals = set(s['value'] for r in pos for s in r['secrets'])
    if len(plains) != len(set(plains)) or set(plains) & posvals:
        errs.append('plain reuse')
    # negatives
    texts = [r['text'] for r in neg]
    if len(texts) != len(set(texts)):
        errs.append('duplicate negative text')
    needles = [v for v in list(posvals) + plains if len(v) >= 6]
    for r in neg:
        if 'PRIVATE KEY' in r['text']:
            errs.append('private key in negative ' + r['id'])
        for v in needles:
            if v in r['text']:
                errs.append('secret in negative ' + r['id']); break
    if gen_negatives.doc_recomputed() != gen_negatives.DOC_PUBLISHED:
        errs.append('doc values differ from published')
    for dv in gen_negatives.DOC_PUBLISHED.values():
        if not any(dv in t for t in texts):
            errs.append('doc value missing in negatives')
        if any(dv in r['text'] for r in pos + ev):
            errs.append('doc value in positives')
    # deny-list
    hits = deny_overlap(own_names(), [r['container'] for r in pos + ev + neg], deny)
    if hits:
        errs.append('deny-list overlap %r' % hits[:5])
    for code, name, _ in langs:
        if not gen_prose.usable(code, name, deny):
            errs.append('deny-listed language ' + code)
    codes = [r['container'].split('__')[1] for r in pos if r['source'] == 'prose']
    for code in codes:
        nm = dict((c[0], c[1]) for c in gen_prose.CANDIDATES).get(code, code)
        if not gen_prose.usable(code, nm, deny):
            errs.append('deny-listed prose language ' + code)
    # counts
    src = Counter(r['source'] for r in pos)
    kinds_ev = set(r['container'] for r in pos if r['source'] == 'everyday')
    if src['everyday'] != 180 or len(kinds_ev) != 45: errs.append('everyday count')
    if not 100 <= src['vendor'] <= 140: errs.append('vendor count')
    if not 90 <= src['password'] <= 125: errs.append('password count')
    if src['prose'] != 40 or len(set(codes)) != 40: errs.append('prose count')
    if len(ev) != 66: errs.append('evasion count')
    if len(neg) < 180 or len(set(r['class'] for r in neg)) != 16: errs.append('negative count')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    et = set(gen_everyday.TYPES)
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        errs.append('vendor/password types not unique/disjoint')
    return errs

def mutations(pos, ev, neg, langs, deny):
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): p[1]['secrets'][0]['end'] -= 1
    def m3(p, e, n): n[0]['text'] += p[2]['secrets'][0]['value']
    def m4(p, e, n): e[0]['secrets'][0]['plain'] = 'wrongplain99'
    def m5(p, e, n): p[3]['text'] += ' ' + p[3]['secrets'][0]['value']
    def m6(p, e, n): n[1]['text'] += e[1]['secrets'][0]['plain']
    def m7(p, e, n): n[2]['text'] = n[3]['text']
    def m8(p, e, n): e[2]['text'] += e[2]['secrets'][0]['plain']
    def m9(p, e, n): p[4]['container'] = 'x__slurm_sbatch_script_export'
    def m10(p, e, n): n[4]['container'] = 'bzip2_then_base64'
    def m11(p, e, n):
        s = e[3]['secrets'][0]; s['end'] -= 2; s['value'] = e[3]['text'][s['start']:s['end']]
    def m12(p, e, n): n[5]['text'] += '-----BEGIN OPENSSH PRIVATE KEY-----\n'
    def m13(p, e, n): langs.append(('sl', 'Slovenian', ''))
    def m14(p, e, n): p[5]['secrets'][0]['value'] = p[6]['secrets'][0]['value']
    caught = 0
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14]
    for m in ms:
        p, e, n, l = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg), list(langs)
        saved = langs[:]
        if m is m13:
            l.append(('sl', 'Slovenian', ''))
            errs = check(p, e, n, l, deny)
        else:
            m(p, e, n); errs = check(p, e, n, l, deny)
        if not errs:
            raise SystemExit('mutation not caught: ' + m.__name__)
        caught += 1
    return caught

def main():
    deny = denylist.load()
    a = generate(deny); b = generate(deny)
    pos, ev, neg, langs = a
    errs = check(pos, ev, neg, langs, deny)
    if errs:
        print('\n'.join(errs[:40])); raise SystemExit('checks failed (%d)' % len(errs))
    nm = mutations(pos, ev, neg, langs, deny)
    ra = readme.render(pos, ev, neg, langs, deny, nm); rb = readme.render(*b, deny, nm)
    if (dump(a[0]), dump(a[1]), dump(a[2]), ra) != (dump(b[0]), dump(b[1]), dump(b[2]), rb):
        raise SystemExit('non-deterministic output')
    for fn, rows in (('secrets.jsonl', pos), ('evasions.jsonl', ev), ('negatives.jsonl', neg)):
        open(os.path.join(HERE, fn), 'w', encoding='utf-8').write(dump(rows))
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok: %d positives, %d evasions, %d negatives, %d mutations caught' % (len(pos), len(ev), len(neg), nm))

if __name__ == '__main__':
    main()
