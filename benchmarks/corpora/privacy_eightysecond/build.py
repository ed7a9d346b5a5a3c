"""Build the p82 corpus: python3 build.py (stdlib only, deterministic)."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc82, dec82, readme82
from common import SLOT

NN = '82'
LANG_COUNT = 40


def pick_languages(D):
    names, langs, words = set(D['names']), set(D['languages']), set(D['words'])
    ok, excluded = [], []
    for code, name, sent in gen_prose.CANDIDATES:
        bad = code in names or code in langs or code in words or \
            any(w.lower() in words or w.lower() in langs or w.lower() in names for w in name.split())
        (excluded if bad else ok).append((code, name, sent))
    return ok[:LANG_COUNT], excluded, ok[LANG_COUNT:]


def generate(D):
    langs, excluded, spare = pick_languages(D)
    pos = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate(langs)
    for i, r in enumerate(pos, 1):
        r['id'] = 'p%s-s-%04d' % (NN, i)
    ev = gen_evasions.generate()
    for i, r in enumerate(ev, 1):
        r['id'] = 'p%s-e-%04d' % (NN, i)
    neg = []
    for i, r in enumerate(gen_negatives.generate(), 1):
        neg.append({'id': 'p%s-n-%04d' % (NN, i), 'class': r['cls'], 'container': r['container'], 'text': r['text'], 'source': 'negative'})
    order = ['id', 'type', 'container', 'text', 'secrets', 'source']
    pos = [{k: r[k] for k in order} for r in pos]
    ev = [{k: r[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']} for r in ev]
    meta = dict(langs=langs, excluded=excluded, spare=spare)
    return pos, ev, neg, meta


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def own_names():
    """Every name this corpus introduces, by role."""
    out = []
    out += [('everyday container kind', k) for k, _, _ in gen_everyday.KINDS]
    out += [('new everyday span type', t) for t in gen_everyday.NEW_TYPES]
    out += [('vendor type', t) for t, _ in gen_vendor.V]
    out += [('vendor style', s) for s, _, _ in gen_vendor.STYLES]
    out += [('password type', t) for t, _, _ in gen_passwords.P]
    out += [('password suffix', s) for s in gen_passwords.SUFFIX.values()]
    out += [('prose format', f) for f, _ in gen_prose.FORMATS]
    out += [('prose span type', gen_prose.SPAN_TYPE)]
    out += [('encoding', e) for e in enc82.ENC]
    out += [('evasion wording', w) for w, _, _ in gen_evasions.WORDINGS]
    for cls, kinds in gen_negatives.BASE.items():
        out += [('negative base kind', k) for k, _ in kinds]
    out += [('negative wrapper', w) for w, _ in gen_negatives.WRAPPERS]
    out += [('documentation kind', k) for k, _ in gen_negatives.DOC_KINDS]
    out += [('new negative class', c) for c in ['csrf_or_csp_nonce_value', 'content_hashed_asset_name']]
    return out


REPEATED_TYPES = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)
ENC_NAMES = set(enc82.ENC)


def check(pos, ev, neg, meta, D):
    errs = []
    names = set(D['names'])
    allrec = pos + ev
    # ids
    for lst, letter in ((pos, 's'), (ev, 'e'), (neg, 'n')):
        for i, r in enumerate(lst, 1):
            if r['id'] != 'p%s-%s-%04d' % (NN, letter, i):
                errs.append('bad id ' + r['id'])
    for r in allrec + neg:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            errs.append('json round trip ' + r['id'])
    pool = {}
    for r in allrec:
        t = r['text']
        if SLOT in t or '\x00' in t or '\ue001' in t:
            errs.append('slot marker left ' + r['id'])
        if r['type'] != r['secrets'][0]['type']:
            errs.append('type mismatch ' + r['id'])
        for s in r['secrets']:
            v = s['value']
            if t[s['start']:s['end']] != v:
                errs.append('span mismatch ' + r['id'])
            if v != v.strip():
                errs.append('edge whitespace ' + r['id'])
            labelled = sum(1 for x in r['secrets'] if x['value'] == v)
            if count_overlapping(t, v) != labelled:
                errs.append('occurrence count ' + r['id'])
            if v in pool:
                errs.append('value reused ' + r['id'])
            pool[v] = r['id']
            if 'plain' in s:
                if s['plain'] in pool and pool[s['plain']] != r['id']:
                    errs.append('plain reused ' + r['id'])
                pool.setdefault(s['plain'], r['id'])
    # cross-record leakage: values >= 6 chars and plains in other records' texts
    for r in allrec:
        for s in r['secrets']:
            for v in {s['value'], s.get('plain', s['value'])}:
                if len(v) < 6:
                    continue
                for o in allrec:
                    if o['id'] != r['id'] and v in o['text']:
                        errs.append('value %s of %s in %s' % (v[:12], r['id'], o['id']))
                for o in neg:
                    if v in o['text']:
                        errs.append('value of %s in negative %s' % (r['id'], o['id']))
    # evasions
    if set(enc82.ENC) != set(enc82.PHRASE):
        errs.append('phrase set')
    per = {}
    for r in ev:
        s = r['secrets'][0]
        if sorted(s) != sorted(['value', 'start', 'end', 'type', 'plain', 'encoding']):
            errs.append('evasion span fields ' + r['id'])
        per[s['encoding']] = per.get(s['encoding'], 0) + 1
        if s['encoding'] != r['encoding'] or not r['container'].startswith(s['encoding'] + '__'):
            errs.append('encoding field ' + r['id'])
        try:
            if dec82.decode(s['encoding'], s['value']) != s['plain']:
                errs.append('decode mismatch ' + r['id'])
        except Exception as e:
            errs.append('decode error %s %r' % (r['id'], e))
        if enc82.PHRASE[s['encoding']] not in r['text'][:s['start']]:
            errs.append('phrase not before run ' + r['id'])
        if s['plain'] in r['text']:
            errs.append('plain verbatim ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']):
            errs.append('plain alphabet ' + r['id'])
    if set(per) != set(enc82.ENC) or set(per.values()) != {3}:
        errs.append('evasion counts')
    # negatives
    texts = [n['text'] for n in neg]
    if len(set(texts)) != len(texts):
        errs.append('duplicate negative text')
    for n in neg + allrec:
        if 'PRIVATE KEY' in n['text']:
            errs.append('private key armour ' + n['id'])
    docs = gen_negatives.DOC
    rec = gen_negatives.recompute()
    for k, v in rec.items():
        if docs[k] != v:
            errs.append('documentation value differs ' + k)
    for k, v in docs.items():
        if not any(v in n['text'] for n in neg):
            errs.append('documentation value missing ' + k)
        if any(v in r['text'] for r in allrec):
            errs.append('documentation value in positive ' + k)
    # deny-list
    for role, nm in own_names():
        for part in [nm.lower()] + nm.lower().split('__'):
            if part in names:
                errs.append('deny-listed %s: %s' % (role, part))
    for r in allrec + neg:
        for part in [r['container'].lower()] + r['container'].lower().split('__'):
            if part in names and part not in REPEATED_TYPES:
                errs.append('deny-listed container part %s in %s' % (part, r['id']))
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            if code in names or code in set(D['languages']) or code in set(D['words']):
                errs.append('deny-listed language ' + code)
    # counts
    src = {}
    for r in pos:
        src[r['source']] = src.get(r['source'], 0) + 1
    if src.get('everyday') != 180 or len({r['container'] for r in pos if r['source'] == 'everyday'}) != 45:
        errs.append('everyday count')
    if not 100 <= src.get('vendor', 0) <= 140 or not 90 <= src.get('password', 0) <= 125:
        errs.append('vendor/password count')
    if src.get('prose') != 40 or len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40:
        errs.append('prose count')
    if len(ev) != 66 or len(neg) < 180 or len({n['class'] for n in neg}) != 16:
        errs.append('evasion/negative count')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']
    pt = [r['type'] for r in pos if r['source'] == 'password']
    et = set(r['type'] for r in pos if r['source'] == 'everyday')
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        errs.append('type uniqueness')
    return errs


def mutations(pos, ev, neg, meta, D):
    """Each mutation must be caught by check()."""
    def m_shift(p, e, n):
        p[0]['secrets'][0]['start'] += 1
    def m_short(p, e, n):
        p[5]['secrets'][0]['end'] -= 1
    def m_posneg(p, e, n):
        n[0]['text'] += p[3]['secrets'][0]['value']
    def m_plain(p, e, n):
        e[0]['secrets'][0]['plain'] = e[0]['secrets'][0]['plain'][:-1] + 'Z'
    def m_extra(p, e, n):
        p[200]['text'] += ' ' + p[200]['secrets'][0]['value']
    def m_plainneg(p, e, n):
        n[4]['text'] += e[7]['secrets'][0]['plain']
    def m_dupneg(p, e, n):
        n[1]['text'] = n[0]['text']
    def m_verbatim(p, e, n):
        e[3]['text'] += e[3]['secrets'][0]['plain']
    def m_oldsuffix(p, e, n):
        p[300]['container'] = p[300]['type'] + '__windows_admin_cmd_transcript'
    def m_oldenc(p, e, n):
        n[9]['container'] = 'base58_bitcoin_alphabet'
    def m_trunc(p, e, n):
        s = e[10]['secrets'][0]; s['value'] = s['value'][:-2]; s['end'] -= 2
    def m_pk(p, e, n):
        n[2]['text'] += '-----BEGIN PRIVATE KEY-----'
    def m_lang(p, e, n):
        r = [x for x in p if x['source'] == 'prose'][0]
        r['container'] = r['container'].split('__')[0] + '__fo'
    def m_copy(p, e, n):
        p[7]['text'] += p[8]['secrets'][0]['value']
    def m_id(p, e, n):
        p[0]['id'] = 'p81-s-0001'
    def m_doc(p, e, n):
        p[9]['text'] += gen_negatives.DOC['md5_abc']
    ms = [m_shift, m_short, m_posneg, m_plain, m_extra, m_plainneg, m_dupneg, m_verbatim, m_oldsuffix,
          m_oldenc, m_trunc, m_pk, m_lang, m_copy, m_id, m_doc]
    for m in ms:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, meta, D):
            raise SystemExit('mutation not caught: ' + m.__name__)
    return [m.__name__ for m in ms]


def main():
    D = denylist.load()
    a = generate(D)
    b = generate(D)
    errs = check(*a, D)
    if errs:
        for e in errs[:40]:
            print('FAIL', e)
        raise SystemExit('%d check failures' % len(errs))
    muts = mutations(*a, D)
    outs = []
    for g in (a, b):
        pos, ev, neg, meta = g
        outs.append((dumps(pos), dumps(ev), dumps(neg), readme82.render(pos, ev, neg, meta, D, own_names(), muts)))
    if outs[0] != outs[1]:
        raise SystemExit('non-deterministic output')
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], outs[0]):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            f.write(data)
    print('ok: %d positives, %d evasions, %d negatives, %d mutations caught' % (len(a[0]), len(a[1]), len(a[2]), len(muts)))


if __name__ == '__main__':
    main()
