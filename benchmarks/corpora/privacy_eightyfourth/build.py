"""Build corpus p84: generate twice, compare bytes, check, then write three JSONL files and README.md."""
import copy, json, os, re, sys

import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc84, dec84, readme84
from common import SLOT

HERE = os.path.dirname(os.path.abspath(__file__))
PLAIN_RE = re.compile(r'[A-Za-z0-9_.-]+')


def generate(deny):
    used = set()
    parts = (gen_everyday.build(used) + gen_vendor.build(used) + gen_passwords.build(used) + gen_prose.build(used, deny))
    secrets = []
    for i, (src, cont, text, s, e, typ) in enumerate(parts, 1):
        v = text[s:e]
        secrets.append({'id': 'p84-s-%04d' % i, 'type': typ, 'container': cont, 'text': text,
                        'secrets': [{'value': v, 'start': s, 'end': e, 'type': typ}], 'source': src})
    evasions = []
    for i, r in enumerate(gen_evasions.build(used), 1):
        v = r['text'][r['start']:r['end']]
        evasions.append({'id': 'p84-e-%04d' % i, 'type': r['type'], 'container': r['container'], 'text': r['text'],
                         'secrets': [{'value': v, 'start': r['start'], 'end': r['end'], 'type': r['type'],
                                      'plain': r['plain'], 'encoding': r['encoding']}],
                         'source': 'evasion', 'encoding': r['encoding']})
    negatives = []
    for i, (cls, cont, text) in enumerate(gen_negatives.build(used), 1):
        negatives.append({'id': 'p84-n-%04d' % i, 'class': cls, 'container': cont, 'text': text, 'source': 'negative'})
    return secrets, evasions, negatives


def jsonl(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')


def own_names():
    n = {}
    add = lambda group, xs: n.setdefault(group, []).extend(xs)
    add('everyday container kind', [k for k, _, _ in gen_everyday.KINDS])
    add('everyday span type', list(gen_everyday.TYPES))
    add('vendor type', [t for t, _ in gen_vendor.V])
    add('vendor style', [s for s, _ in gen_vendor.STYLES])
    add('password type', [s for s, _, _ in gen_passwords.SYN])
    add('password suffix', list(gen_passwords.SUFFIX.values()))
    add('prose format', [f for f, _ in gen_prose.FORMATS])
    add('prose span type', [gen_prose.SPAN_TYPE])
    add('encoding', list(enc84.ENC))
    add('evasion wording', [w for w, _ in gen_evasions.WORDINGS])
    add('negative class', sorted({c for c, _, _ in gen_negatives.BASE} | {'published_test_vector'}))
    add('negative base kind', [k for _, k, _ in gen_negatives.BASE])
    add('negative wrapper', [w for w, _ in gen_negatives.WRAPPERS])
    add('documentation kind', [k for k, _ in gen_negatives.DOCS])
    return n


def check(secrets, evasions, negatives, deny):
    errs = []
    E = errs.append
    allpos = secrets + evasions
    # ids
    for prefix, rows in (('s', secrets), ('e', evasions), ('n', negatives)):
        for i, r in enumerate(rows, 1):
            if r['id'] != 'p84-%s-%04d' % (prefix, i):
                E('bad id ' + r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r:
                E('json round trip ' + r['id'])
    # spans
    values = []
    for r in allpos:
        t = r['text']
        if SLOT in t or '\0' in t:
            E('slot marker or NUL in ' + r['id'])
        if r['type'] != r['secrets'][0]['type']:
            E('record type != first span type ' + r['id'])
        for sp in r['secrets']:
            v = sp['value']
            if t[sp['start']:sp['end']] != v:
                E('offset mismatch ' + r['id'])
            if v != v.strip() or not v:
                E('edge whitespace ' + r['id'])
            occ = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if occ != sum(1 for x in r['secrets'] if x['value'] == v):
                E('value occurs %d times in %s' % (occ, r['id']))
            values.append((r['id'], v))
            if 'plain' in sp:
                values.append((r['id'], sp['plain']))
    seen = {}
    for rid, v in values:
        if v in seen and seen[v] != rid:
            E('value reused %s %s' % (rid, seen[v]))
        seen[v] = rid
    texts = [(r['id'], r['text']) for r in allpos] + [(r['id'], r['text']) for r in negatives]
    for rid, v in values:
        if len(v) < 6:
            continue
        for oid, t in texts:
            if oid != rid and v in t:
                E('value of %s found in %s' % (rid, oid))
    # evasions
    for r in evasions:
        sp = r['secrets'][0]
        if set(sp) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}:
            E('evasion span fields ' + r['id'])
        try:
            if dec84.decode(sp['encoding'], sp['value']) != sp['plain']:
                E('evasion does not decode ' + r['id'])
        except Exception as ex:
            E('evasion decode error %s %r' % (r['id'], ex))
        phrase = enc84.ENC[sp['encoding']][0]
        if r['text'].find(phrase) < 0 or r['text'].find(phrase) > sp['start']:
            E('phrase not before run ' + r['id'])
        if sp['plain'] in r['text']:
            E('plain verbatim ' + r['id'])
        if not PLAIN_RE.fullmatch(sp['plain']):
            E('plain alphabet ' + r['id'])
        if r['encoding'] != sp['encoding']:
            E('encoding field ' + r['id'])
    from collections import Counter
    ec = Counter(r['encoding'] for r in evasions)
    if set(ec) != set(enc84.ENC) or set(ec.values()) != {3}:
        E('evasion encoding counts')
    # negatives
    ntexts = [r['text'] for r in negatives]
    if len(set(ntexts)) != len(ntexts):
        E('duplicate negative text')
    for r in negatives + allpos:
        if 'PRIVATE KEY' in r['text']:
            E('private key armour in ' + r['id'])
    docs = gen_negatives.recompute_docs()
    for k, dv in docs.items():
        if not any(dv in t for t in ntexts):
            E('doc value missing from negatives ' + k)
        if any(dv in r['text'] for r in allpos):
            E('doc value in a positive ' + k)
    # deny-list
    for group, names in own_names().items():
        for nm in names:
            hits = deny.name_hits(nm)
            if hits:
                E('deny-list overlap (%s) %s: %s' % (group, nm, hits))
    for r in allpos + negatives:
        hits = deny.name_hits(r['container'])
        if hits:
            E('deny-list overlap (container) %s: %s' % (r['container'], hits))
    langs = [r['container'].split('__')[1] for r in secrets if r['source'] == 'prose']
    names = {c: n for c, n, _, _ in gen_prose.CANDIDATES}
    for c in langs:
        if c not in names or not deny.language_ok(c, names[c]):
            E('deny-listed language ' + c)
    # counts
    src = Counter(r['source'] for r in secrets)
    if src['everyday'] != 180 or len({r['container'] for r in secrets if r['source'] == 'everyday'}) != 45:
        E('everyday counts')
    if not 100 <= src['vendor'] <= 140 or not 90 <= src['password'] <= 125:
        E('vendor/password counts')
    if src['prose'] != 40 or len(set(langs)) != 40:
        E('prose counts')
    if len(evasions) != 66 or len(negatives) < 180 or len({r['class'] for r in negatives}) != 16:
        E('evasion/negative counts')
    vt = [r['type'] for r in secrets if r['source'] == 'vendor']
    pt = [r['type'] for r in secrets if r['source'] == 'password']
    et = {r['type'] for r in secrets if r['source'] == 'everyday'}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        E('span type uniqueness / disjointness')
    return errs


def mutations(secrets, evasions, negatives, deny):
    """Each mutation must be caught by check()."""
    def m_shift(s, e, n): s[0]['secrets'][0]['start'] += 1
    def m_short(s, e, n): s[3]['secrets'][0]['end'] -= 1
    def m_negval(s, e, n): n[0]['text'] += s[5]['secrets'][0]['value']
    def m_plain(s, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m_extra(s, e, n): s[7]['text'] += ' ' + s[7]['secrets'][0]['value']
    def m_dupneg(s, e, n): n[1]['text'] = n[0]['text']
    def m_pk(s, e, n): n[2]['text'] += '-----BEGIN RSA PRIVATE KEY-----'
    def m_deny(s, e, n): n[3]['container'] = 'xor_0x5a_hex'
    def m_lang(s, e, n):
        r = [x for x in s if x['source'] == 'prose'][0]
        r['container'] = r['container'].split('__')[0] + '__fo'
    def m_copy(s, e, n): s[9]['text'] += ' ' + s[10]['secrets'][0]['value']
    def m_id(s, e, n): s[11]['id'] = 'p82-s-0012'
    def m_doc(s, e, n): s[12]['text'] += ' ' + gen_negatives.DOC_LITERALS['md5_empty']
    caught = 0
    muts = [m_shift, m_short, m_negval, m_plain, m_extra, m_dupneg, m_pk, m_deny, m_lang, m_copy, m_id, m_doc]
    for m in muts:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives)
        m(s, e, n)
        if not check(s, e, n, deny):
            sys.exit('mutation not caught: ' + m.__name__)
        caught += 1
    return caught


def render(deny):
    s, e, n = generate(deny)
    return s, e, n, jsonl(s), jsonl(e), jsonl(n)


def main():
    deny = denylist.Deny(denylist.load())
    a = render(deny)
    b = render(deny)
    if a[3:] != b[3:]:
        sys.exit('non-deterministic JSONL')
    secrets, evasions, negatives = a[:3]
    errs = check(secrets, evasions, negatives, deny)
    if errs:
        print('\n'.join(errs[:60]))
        sys.exit('%d check failures' % len(errs))
    nmut = mutations(secrets, evasions, negatives, deny)
    readme_a = readme84.render(secrets, evasions, negatives, deny, own_names(), nmut)
    readme_b = readme84.render(*b[:3], deny, own_names(), nmut)
    if readme_a != readme_b:
        sys.exit('non-deterministic README')
    for fn, data in (('secrets.jsonl', a[3]), ('evasions.jsonl', a[4]), ('negatives.jsonl', a[5])):
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme_a)
    print('ok: %d positives, %d evasions, %d negatives, %d mutations caught' % (len(secrets), len(evasions), len(negatives), nmut))


if __name__ == '__main__':
    main()
