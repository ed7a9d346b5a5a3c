"""Build p55: python3 build.py  (python3 denylist.py re-freezes brief_names.json)."""
import copy, json, os, re, sys
from collections import Counter
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_decoders import DEC
from gen_encodings import ENC
HERE = os.path.dirname(os.path.abspath(__file__))

def generate():
    d = denylist.load()
    langs = [l for l in gen_prose.LANGS if denylist.language_ok(l[0], l[1], d)][:40]
    pos = gen_everyday.build() + gen_vendor.build() + gen_passwords.build() + gen_prose.build(langs)
    for i, x in enumerate(pos): x['id'] = 'p55-s-%04d' % (i + 1)
    ev = gen_evasions.build()
    for i, x in enumerate(ev): x['id'] = 'p55-e-%04d' % (i + 1)
    neg = gen_negatives.build()
    for i, x in enumerate(neg): x['id'] = 'p55-n-%04d' % (i + 1)
    order = lambda x: {k: x[k] for k in ['id', 'type', 'container', 'encoding', 'class', 'text', 'secrets', 'source'] if k in x}
    pos = [order(x) for x in pos]; ev = [order(x) for x in ev]; neg = [order(x) for x in neg]
    return d, langs, pos, ev, neg

def own_names(langs):
    n = set(gen_everyday.KINDS) | {t for t in gen_everyday.TYPES if t not in KNOWN_EVERYDAY}
    n |= {v[0] for v in gen_vendor.V} | set(gen_vendor.STYLES) | {p[0] for p in gen_passwords.P} | set(gen_passwords.SUFFIX)
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE} | set(ENC) | set(gen_evasions.WORDINGS)
    n |= {k for c in gen_negatives.BASE.values() for k in c} | set(gen_negatives.WRAP) | set(gen_negatives.DOCS) | {'library_or_student_identifier'}
    return n
# everyday span types that deliberately repeat earlier ones (allowed by the brief)
KNOWN_EVERYDAY = {'aws_secret_access_key', 'database_password', 'smtp_password', 'email_account_password', 'github_personal_access_token',
                  'slack_bot_token', 'telegram_bot_token', 'twilio_auth_token', 'sendgrid_api_key', 'stripe_live_secret_key',
                  'openai_project_api_key', 'jwt_signing_secret'}

def check(d, langs, pos, ev, neg):
    errs = []
    ids = [x['id'] for x in pos + ev + neg]
    if len(set(ids)) != len(ids): errs.append('dup ids')
    for x in pos + ev + neg:
        if not re.fullmatch(r'p55-[sen]-\d{4}', x['id']): errs.append('bad id ' + x['id'])
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: errs.append('json ' + x['id'])
        if '\ue000' in x['text'] or '\0' in x['text'] or re.search(r'\{[A-Za-z]{1,3}\}', x['text']): errs.append('leftover ' + x['id'])
    seen = Counter()
    for x in pos + ev:
        sp = x['secrets']; t = x['text']
        if x['type'] != sp[0]['type']: errs.append('type ' + x['id'])
        for s in sp:
            v = s['value']
            if t[s['start']:s['end']] != v or v != v.strip(): errs.append('span ' + x['id'])
            occ = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if occ != sum(1 for q in sp if q['value'] == v): errs.append('occurrence ' + x['id'])
            seen[v] += 1
            if 'plain' in s:
                seen[s['plain']] += 1
                before = t[:s['start']]
                if DEC[s['encoding']](before, v) != s['plain']: errs.append('decode ' + x['id'])
                if s['plain'] in t: errs.append('plain verbatim ' + x['id'])
    if any(c > 1 for c in seen.values()): errs.append('value reused: %s' % [k for k, c in seen.items() if c > 1][:3])
    vals = [v for v in seen if len(v) >= 6]
    ntexts = [x['text'] for x in neg]
    if len(set(ntexts)) != len(ntexts): errs.append('dup negative text')
    for x in neg:
        if 'PRIVATE KEY' in x['text']: errs.append('private key')
        for v in vals:
            if v in x['text']: errs.append('value in negative ' + x['id']); break
    for k, (v, f, _) in gen_negatives.DOCS.items():
        if f is not None and f() != v: errs.append('doc recompute ' + k)
        if not any(v in t for t in ntexts) or any(v in x['text'] for x in pos + ev): errs.append('doc placement ' + k)
    hits = denylist.overlaps(own_names(langs) | {x['container'] for x in pos + ev + neg}, d)
    if hits: errs.append('deny-list overlap %s' % hits[:5])
    if len(langs) != 40 or len({l[0] for l in langs}) != 40: errs.append('languages')
    for c, nme, _ in langs:
        if not denylist.language_ok(c, nme, d): errs.append('language ' + c)
    src = Counter(x['source'] for x in pos)
    if src['everyday'] != 180 or len({x['container'] for x in pos if x['source'] == 'everyday'}) != 45: errs.append('everyday count')
    if not 100 <= src['vendor'] <= 140 or not 90 <= src['password'] <= 120 or src['prose'] != 40: errs.append('counts %s' % src)
    vt = [x['type'] for x in pos if x['source'] == 'vendor']; pt = [x['type'] for x in pos if x['source'] == 'password']
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt): errs.append('vendor/password types')
    ec = Counter(x['encoding'] for x in ev)
    if len(ev) != 66 or set(ec) != set(ENC) or set(ENC) != set(DEC) or set(ec.values()) != {3}: errs.append('evasion counts')
    if len(neg) < 180 or len({x['class'] for x in neg}) != 16: errs.append('negative counts')
    return errs

def mutations(d, langs, pos, ev, neg):
    muts = []
    p = copy.deepcopy(pos); p[0]['secrets'][0]['start'] += 1; muts.append(('shifted offset', (p, ev, neg)))
    n = copy.deepcopy(neg); n[0]['text'] += pos[3]['secrets'][0]['value']; muts.append(('value in negative', (pos, ev, n)))
    e = copy.deepcopy(ev); e[0]['secrets'][0]['plain'] += 'x'; muts.append(('wrong plain', (pos, e, neg)))
    p = copy.deepcopy(pos); p[1]['text'] += ' ' + p[1]['secrets'][0]['value']; muts.append(('extra occurrence', (p, ev, neg)))
    n = copy.deepcopy(neg); n[1]['text'] += ev[2]['secrets'][0]['plain']; muts.append(('plain in negative', (pos, ev, n)))
    n = copy.deepcopy(neg); n[1]['text'] = n[0]['text']; muts.append(('dup negative', (pos, ev, n)))
    e = copy.deepcopy(ev); e[4]['text'] += e[4]['secrets'][0]['plain']; muts.append(('plain verbatim', (pos, e, neg)))
    p = copy.deepcopy(pos); p[0]['container'] = 'kakaotalk_pc_txt_export_line'; muts.append(('deny-listed container', (p, ev, neg)))
    l2 = langs[:-1] + [('fi', 'Finnish', 'x')]; muts.append(('deny-listed language', (pos, ev, neg), l2))
    for m in muts:
        L = m[2] if len(m) > 2 else langs
        if not check(d, L, *m[1]): raise SystemExit('mutation not caught: ' + m[0])
    return len(muts)

def dump(recs): return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)

def main():
    a = generate(); b = generate()
    outs = [dump(a[2]), dump(a[3]), dump(a[4]), readme.render(*a)]
    if outs != [dump(b[2]), dump(b[3]), dump(b[4]), readme.render(*b)]: raise SystemExit('non-deterministic')
    errs = check(*a)
    if errs: raise SystemExit('CHECKS FAILED:\n' + '\n'.join(errs[:30]))
    nm = mutations(*a)
    outs[3] = outs[3].replace('@@MUT@@', str(nm))
    for fn, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], outs):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f: f.write(s)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(a[2]), len(a[3]), len(a[4]), nm))

if __name__ == '__main__':
    main()
