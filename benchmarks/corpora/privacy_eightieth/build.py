"""Build the p80 corpus: python3 build.py  (stdlib only, deterministic)."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc80, dec80, readme80

NN = '80'
REPEAT_NEG = {'test_fixture_fake_credential', 'public_key_or_certificate', 'placeholder_or_redacted', 'digest_or_checksum',
              'masked_partial_value', 'password_prose_no_value', 'password_hash_not_plaintext', 'secret_store_reference',
              'code_identifier_lookalike', 'publishable_client_key', 'ciphertext_or_sealed_value', 'vendor_documentation_value'}

class CheckError(Exception):
    pass

def need(c, msg):
    if not c:
        raise CheckError(msg)

def pick_languages(D):
    bad = set(D['names']) | set(D['languages']) | set(D['words'])
    wl = set(D['words']) | set(D['languages'])
    out, excl = [], []
    for code, name, sent in gen_prose.LANGS:
        if code in bad or any(w.lower() in wl for w in name.split()):
            excl.append((code, name)); continue
        if len(out) < 40:
            out.append((code, name, sent))
    return out, excl

def generate():
    D = denylist.load()
    langs, excl = pick_languages(D)
    pos = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate(langs)
    ev = gen_evasions.generate(avoid={s['value'] for r in pos for s in r['secrets']})
    neg = gen_negatives.generate()
    def ided(recs, letter):
        out = []
        for i, r in enumerate(recs, 1):
            d = {'id': 'p%s-%s-%04d' % (NN, letter, i)}; d.update(r); out.append(d)
        return out
    return ided(pos, 's'), ided(ev, 'e'), ided(neg, 'n'), langs, excl

def own_names(pos, ev, neg):
    names = set(gen_everyday.KINDS) | (set(gen_everyday.TYPES) - set(gen_everyday.REPEATED))
    names |= set(gen_vendor.V) | set(gen_vendor.STYLES) | {n for n, _, _ in gen_passwords.S} | set(gen_passwords.SUFFIX.values())
    names |= set(gen_prose.FORMATS) | {'shared_staging_test_account_password'} | set(enc80.ENC) | set(gen_evasions.WORDINGS)
    for cls, kinds in gen_negatives.BASE.items():
        names |= set(kinds)
        if cls not in REPEAT_NEG: names.add(cls)
    names |= {w.strip('_') for w in gen_negatives.WRAP if w} | set(gen_negatives.doc_values())
    return names

def check_deny(pos, ev, neg, D):
    frozen = set(D['names']); langs_bad = set(D['languages']) | frozen
    exempt = set(gen_everyday.REPEATED) | set(gen_evasions.ETYPES) | REPEAT_NEG
    for n in own_names(pos, ev, neg):
        for part in [n] + n.split('__'):
            need(part.lower() not in frozen, 'deny-listed name: ' + part)
    for r in pos + ev + neg:
        parts = r['container'].split('__')
        for part in [r['container']] + parts:
            if part in exempt: continue
            need(part.lower() not in frozen, 'deny-listed container part: %s in %s' % (part, r['id']))
        if r.get('source') == 'prose':
            code = parts[-1]
            need(code not in langs_bad and code not in D['words'], 'deny-listed language ' + code)

def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n

def check(pos, ev, neg, D):
    ids = [r['id'] for r in pos + ev + neg]
    need(len(ids) == len(set(ids)), 'duplicate ids')
    for recs, letter in ((pos, 's'), (ev, 'e'), (neg, 'n')):
        for r in recs:
            need(re.fullmatch(r'p%s-%s-\d{4}' % (NN, letter), r['id']), 'bad id ' + r['id'])
            need(json.loads(json.dumps(r, ensure_ascii=False)) == r, 'json round trip')
    allvals = []
    for r in pos + ev:
        t = r['text']
        need('\x00' not in t and '{V}' not in t and '{p}' not in t, 'slot marker left in ' + r['id'])
        need(len(r['secrets']) >= 1 and r['type'] == r['secrets'][0]['type'], 'type mismatch ' + r['id'])
        for s in r['secrets']:
            v = s['value']
            need(t[s['start']:s['end']] == v, 'offsets ' + r['id'])
            need(v == v.strip() and v, 'edge whitespace ' + r['id'])
            labelled = sum(1 for x in r['secrets'] if x['value'] == v)
            need(count_overlapping(t, v) == labelled, 'occurrence count ' + r['id'])
            allvals.append(v)
    need(len(allvals) == len(set(allvals)), 'value reused')
    plains = [s['plain'] for r in ev for s in r['secrets']]
    need(len(plains) == len(set(plains)) and not set(plains) & set(allvals), 'plain reused')
    # no value >= 6 / plain in any other record's text
    texts = [(r['id'], r['text']) for r in pos + ev + neg]
    owners = [(r['id'], s['value']) for r in pos + ev for s in r['secrets'] if len(s['value']) >= 6]
    owners += [(r['id'], s['plain']) for r in ev for s in r['secrets']]
    big = '\n\x01\n'.join(t for _, t in texts)
    for oid, v in owners:
        if big.count(v) > 0:
            for tid, t in texts:
                if tid != oid and v in t:
                    raise CheckError('value of %s in %s' % (oid, tid))
    # evasions
    need(set(enc80.ENC) == set(dec80.DEC) and len(enc80.ENC) == 22, 'encoder/decoder sets')
    per = {}
    for r in ev:
        need(len(r['secrets']) == 1, 'one span')
        s = r['secrets'][0]
        need(set(s) == {'value', 'start', 'end', 'type', 'plain', 'encoding'}, 'span fields ' + r['id'])
        need(s['encoding'] == r['encoding'], 'encoding field')
        try:
            dv = dec80.decode(s['encoding'], s['value'])
        except Exception:
            dv = None
        need(dv == s['plain'], 'decode failed ' + r['id'])
        need(re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']), 'plain alphabet')
        need(s['plain'] not in r['text'], 'plain verbatim ' + r['id'])
        phrase = enc80.ENC[s['encoding']][1]
        pi = r['text'].find(phrase)
        need(0 <= pi and pi + len(phrase) <= s['start'], 'naming phrase not before run ' + r['id'])
        per[s['encoding']] = per.get(s['encoding'], 0) + 1
    need(all(v == 3 for v in per.values()) and len(per) == 22, '3 per encoding')
    # negatives
    nt = [r['text'] for r in neg]
    need(len(nt) == len(set(nt)), 'duplicate negative')
    for r in neg:
        need('PRIVATE KEY' not in r['text'], 'private key armour')
        need(set(r) == {'id', 'class', 'container', 'text', 'source'}, 'negative fields')
    docs = gen_negatives.doc_values()
    for kind, (v, _) in docs.items():
        need(any(v in t for t in nt), 'doc value missing')
        need(not any(v in r['text'] for r in pos + ev), 'doc value in positive')
    for c in gen_negatives.TEST_CARDS:
        need(gen_negatives.luhn_ok(c), 'test card luhn')
    # counts
    src = {}
    for r in pos: src[r['source']] = src.get(r['source'], 0) + 1
    need(src['everyday'] == 180 and len({r['container'] for r in pos if r['source'] == 'everyday'}) == 45, 'everyday count')
    need(100 <= src['vendor'] <= 140 and 90 <= src['password'] <= 125 and src['prose'] == 40, 'part counts')
    need(len({r['container'].split('__')[-1] for r in pos if r['source'] == 'prose'}) == 40, '40 languages')
    need(len(ev) == 66 and len(neg) >= 180 and len({r['class'] for r in neg}) == 16, 'ev/neg counts')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    need(len(vt) == len(set(vt)) and len(pt) == len(set(pt)) and not set(vt) & set(pt) and not (set(vt) | set(pt)) & set(gen_everyday.TYPES), 'type uniqueness')
    check_deny(pos, ev, neg, D)

def mutations(pos, ev, neg, D):
    def m(name, f):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(P, E, N)
        try:
            check(P, E, N, D)
        except CheckError:
            return name
        raise SystemExit('mutation not caught: ' + name)
    def extra(P, E, N): P[0]['text'] += ' ' + P[0]['secrets'][0]['value']
    def wrongplain(P, E, N): E[0]['secrets'][0]['plain'] += 'x'
    def posneg(P, E, N): N[0]['text'] += P[5]['secrets'][0]['value']
    def plainneg(P, E, N): N[1]['text'] += E[3]['secrets'][0]['plain']
    def dupneg(P, E, N): N[1]['text'] = N[0]['text']
    def verb(P, E, N): E[2]['text'] += E[2]['secrets'][0]['plain']
    def deny1(P, E, N): P[300]['container'] = P[300]['type'] + '__windows_admin_cmd_transcript'
    def deny2(P, E, N): N[7]['container'] = 'mysql_x_quoted_hex_literal'
    def trunc(P, E, N):
        s = E[4]['secrets'][0]; s['value'] = s['value'][:-2]; s['end'] -= 2
    def pk(P, E, N): N[9]['text'] += '\n-----BEGIN OPENSSH PRIVATE KEY-----'
    def lang(P, E, N):
        r = [x for x in P if x['source'] == 'prose'][0]; r['container'] = r['container'].split('__')[0] + '__fo'
    def copyval(P, E, N): P[10]['text'] += ' ' + P[11]['secrets'][0]['value']
    def badid(P, E, N): P[0]['id'] = 'p79-s-0001'
    def doc(P, E, N): P[0]['text'] += ' 5f4dcc3b5aa765d61d8327deb882cf99'
    def phrase(P, E, N): E[6]['text'] = E[6]['text'].replace(enc80.ENC[E[6]['encoding']][1], 'encoded')
    tests = [('shifted start', lambda P, E, N: P[0]['secrets'][0].update(start=P[0]['secrets'][0]['start'] + 1)),
             ('shortened end', lambda P, E, N: P[1]['secrets'][0].update(end=P[1]['secrets'][0]['end'] - 1)),
             ('extra occurrence', extra), ('wrong plain', wrongplain), ('positive value in negative', posneg),
             ('plain in negative', plainneg), ('duplicate negative', dupneg), ('plain verbatim', verb),
             ('README-1 suffix as container part', deny1), ('README-2 encoding as negative container', deny2),
             ('truncated run', trunc), ('private key armour', pk), ('deny-listed language', lang),
             ('value copied into another record', copyval), ('wrong id prefix', badid), ('documentation value in positive', doc),
             ('naming phrase removed', phrase)]
    return [m(n, f) for n, f in tests]

def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)

def main():
    D = denylist.load()
    a = generate(); b = generate()
    outs = []
    for g in (a, b):
        pos, ev, neg, langs, excl = g
        check(pos, ev, neg, D)
        outs.append((dump(pos), dump(ev), dump(neg), readme80.render(pos, ev, neg, langs, excl, D)))
    need(outs[0] == outs[1], 'not deterministic')
    muts = mutations(a[0], a[1], a[2], D)
    pos, ev, neg, langs, excl = a
    readme = readme80.render(pos, ev, neg, langs, excl, D, mutations=muts)
    for name, data in (('secrets.jsonl', outs[0][0]), ('evasions.jsonl', outs[0][1]), ('negatives.jsonl', outs[0][2]), ('README.md', readme)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            f.write(data)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(pos), len(ev), len(neg), len(muts)))

if __name__ == '__main__':
    main()
