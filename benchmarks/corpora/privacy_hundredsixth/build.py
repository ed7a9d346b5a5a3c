"""Build corpus p106: generate twice, compare, check, then write."""
import json, os, random, re, copy, sys
sys.dont_write_bytecode = True
from common106 import *
import gen_everyday106, gen_vendor106, gen_passwords106, gen_prose106, gen_negatives106, enc106, dec106, readme106

EV_TYPES = {
 'rets_feed_login_password': lambda r: password(r, seps='-_.', digits=(2, 2)),
 'tenant_portal_admin_password': lambda r: password(r, seps='-_.', digits=(2, 2)),
 'bacnet_gateway_web_password': lambda r: password(r, seps='-_.', digits=(2, 2)),
 'reso_web_api_oauth_client_secret': lambda r: rs(r, 28, HEX),
 'dotloop_oauth_client_secret': lambda r: uuid4(r)[:23],
 'smart_lockbox_fleet_api_token': lambda r: 'lbx' + rs(r, 21),
}
WORDINGS = {
 'owner_statement_footnote_riddle': 'Owner statement, footnote 3: the {what} for the portal export is written {rule}:\n{V}\n(decode before use, do not forward)',
 'bms_commissioning_hint_line': 'Commissioning sheet, Tower B - the {what} is {rule}:\n{V}\nReturn the sheet to the engineer after setup.',
 'leasing_chat_decode_aside': '[09:12] lee: not pasting it plainly, the {what} is {rule}:\n{V}\n[09:13] kim: got it, decoding now',
}
WHAT = {'rets_feed_login_password': 'RETS feed password', 'tenant_portal_admin_password': 'tenant portal admin password',
        'bacnet_gateway_web_password': 'BACnet gateway web password', 'reso_web_api_oauth_client_secret': 'RESO client secret',
        'dotloop_oauth_client_secret': 'Dotloop client secret', 'smart_lockbox_fleet_api_token': 'lockbox API token'}

def build_evasions():
    r = random.Random(10605)
    out, n = [], 1
    types, words = sorted(EV_TYPES), sorted(WORDINGS)
    for i, enc in enumerate(sorted(enc106.ENC)):
        for j in range(3):
            t = types[(i * 3 + j) % len(types)]
            w = words[j]
            rule = enc106.ENC[enc][2]
            while True:
                plain = EV_TYPES[t](r)
                run = enc106.encode(enc, plain, r)
                text, st = fill(WORDINGS[w], run, what=WHAT[t], rule=rule)
                if plain not in text and run == run.strip():
                    break
            out.append({'id': 'p106-e-%04d' % n, 'type': t, 'container': enc + '__' + w, 'text': text,
                        'secrets': [{'value': run, 'start': st, 'end': st + len(run), 'type': t, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion', 'encoding': enc})
            n += 1
    return out

def generate(deny):
    pos = gen_everyday106.build(1)
    pos += gen_vendor106.build(len(pos) + 1)
    pos += gen_passwords106.build(len(pos) + 1)
    prose, langs, excluded = gen_prose106.build(len(pos) + 1, deny)
    pos += prose
    ev = build_evasions()
    neg = gen_negatives106.build()
    return pos, ev, neg, langs, excluded

def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)

def count_overlapping(text, v):
    c, i = 0, text.find(v)
    while i != -1:
        c += 1
        i = text.find(v, i + 1)
    return c

def own_names():
    return {
        'everyday_kinds': sorted(gen_everyday106.CONTAINERS), 'everyday_types': sorted(gen_everyday106.TYPES),
        'vendor_types': [v[0] for v in gen_vendor106.VENDORS], 'vendor_styles': sorted(gen_vendor106.STYLES),
        'password_syntaxes': [s[0] for s in gen_passwords106.S], 'password_suffixes': sorted(gen_passwords106.SUF.values()),
        'prose_formats': sorted(gen_prose106.FORMATS), 'prose_type': [gen_prose106.SPAN_TYPE],
        'encodings': sorted(enc106.ENC), 'wordings': sorted(WORDINGS),
        'negative_classes': sorted(gen_negatives106.K),
        'negative_base_kinds': sorted(n for v in gen_negatives106.K.values() for n, _ in v),
        'negative_wrappers': sorted(gen_negatives106.WRAP),
    }

def check(pos, ev, neg, deny, langs):
    errs = []
    E = errs.append
    allrecs = pos + ev
    ids = [x['id'] for x in pos + ev + neg]
    if len(set(ids)) != len(ids): E('duplicate ids')
    for x in pos:
        if not re.fullmatch(r'p106-s-\d{4}', x['id']): E('bad id ' + x['id'])
        if set(x) != {'id', 'type', 'container', 'text', 'secrets', 'source'}: E('fields ' + x['id'])
    for x in ev:
        if not re.fullmatch(r'p106-e-\d{4}', x['id']): E('bad id ' + x['id'])
        if set(x) != {'id', 'type', 'container', 'text', 'secrets', 'source', 'encoding'}: E('fields ' + x['id'])
    for x in neg:
        if not re.fullmatch(r'p106-n-\d{4}', x['id']): E('bad id ' + x['id'])
        if set(x) != {'id', 'class', 'container', 'text', 'source'}: E('fields ' + x['id'])
    values = []
    for x in allrecs:
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: E('json ' + x['id'])
        if x['type'] != x['secrets'][0]['type']: E('type ' + x['id'])
        for s in x['secrets']:
            if x['text'][s['start']:s['end']] != s['value']: E('offset ' + x['id'])
            if s['value'] != s['value'].strip(): E('edge ws ' + x['id'])
            if count_overlapping(x['text'], s['value']) != sum(1 for t in x['secrets'] if t['value'] == s['value']): E('occurrence ' + x['id'])
            values.append((x['id'], s['value']))
            if 'plain' in s:
                values.append((x['id'], s['plain']))
        if SLOT in x['text'] or '\0' in x['text']: E('slot/NUL ' + x['id'])
        if 'PRIVATE KEY' in x['text']: E('private key ' + x['id'])
    vs = [v for _, v in values]
    if len(set(vs)) != len(vs): E('value reused')
    texts = {x['id']: x['text'] for x in allrecs}
    big = '\n\u241e\n'.join(texts.values())
    for rid, v in values:
        if len(v) >= 6 or any(rid == x['id'] and 'plain' in x['secrets'][0] for x in ev):
            own = texts[rid]
            if count_overlapping(big, v) != count_overlapping(own, v): E('value in other record %s' % rid)
    negtxt = '\n'.join(x['text'] for x in neg)
    for rid, v in values:
        if v in negtxt: E('value in negative %s' % rid)
    if len(set(x['text'] for x in neg)) != len(neg): E('duplicate negative')
    if 'PRIVATE KEY' in negtxt: E('private key in negative')
    if len(set(x['class'] for x in neg)) != 16 or len(neg) < 180: E('negative counts')
    for x in ev:
        s = x['secrets'][0]
        if dec106.decode(s['encoding'], s['value']) != s['plain']: E('decode ' + x['id'])
        rule = enc106.ENC[s['encoding']][2]
        i = x['text'].find(rule)
        if i == -1 or i > s['start']: E('rule ' + x['id'])
        if s['plain'] in x['text']: E('plain verbatim ' + x['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): E('plain alphabet ' + x['id'])
        if s['encoding'] != x['encoding']: E('encoding field ' + x['id'])
    from collections import Counter
    if set(Counter(x['encoding'] for x in ev).values()) != {3} or len(set(x['encoding'] for x in ev)) != 22: E('encoding counts')
    # deny-list
    on = own_names()
    for cat, names in on.items():
        if len(set(n.lower() for n in names)) != len(names): E('own names not unique ' + cat)
        for n in names:
            if name_hits(n, deny): E('deny-list hit %s: %s' % (cat, n))
    for x in pos + ev:
        for n in [x['container']] + [s['type'] for s in x['secrets']] + ([x['encoding']] if 'encoding' in x else []):
            if name_hits(n, deny): E('deny-list hit in record %s: %s' % (x['id'], n))
    for x in neg:
        for n in (x['container'], x['class']):
            if name_hits(n, deny): E('deny-list hit in record %s: %s' % (x['id'], n))
    for code, eng, _ in langs:
        if code in deny['names'] or code in deny['codes'] or code[:2] in deny['names']: E('language code ' + code)
        for w in re.findall(r'[A-Za-z]+', eng):
            if w.lower() in deny['langwords'] or w.lower() in deny['words']: E('language word ' + eng)
    pro = [x for x in pos if x['source'] == 'prose']
    if len(pro) != 40 or len(set(x['container'].split('__')[1] for x in pro)) != 40: E('prose count')
    src = Counter(x['source'] for x in pos)
    if src['everyday'] != 180 or not 100 <= src['vendor'] <= 140 or not 90 <= src['password'] <= 125: E('counts %s' % src)
    ty = {s: set(x['type'] for x in pos if x['source'] == s) for s in ('everyday', 'vendor', 'password', 'prose')}
    if ty['everyday'] & ty['vendor'] or ty['everyday'] & ty['password'] or ty['vendor'] & ty['password'] or ty['prose'] & (ty['everyday'] | ty['vendor'] | ty['password']): E('type overlap')
    return errs

def mutations(pos, ev, neg, deny, langs):
    tests = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[5]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] = 'wrong' + e[0]['secrets'][0]['plain']
    def m4(p, e, n): p[3]['text'] += '\n' + p[3]['secrets'][0]['value']
    def m5(p, e, n): n[1]['text'] = n[0]['text']
    def m6(p, e, n): n[2]['text'] += '\n-----BEGIN RSA PRIVATE KEY-----'
    def m7(p, e, n): n[3]['container'] = 'ebcdic_cp037_hex_bytes'
    def m8(p, e, n): p[7]['id'] = 'p99-s-0008'
    def m9(p, e, n): p[-1]['container'] = 'x__ltz'; p[-1]['container'] = 'canvas_inbox_conversation_export__' + p[-1]['container'].split('__')[1]
    def m10(p, e, n): p[9]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m11(p, e, n):
        s = e[5]['secrets'][0]; rule = enc106.ENC[s['encoding']][2]
        e[5]['text'] = e[5]['text'].replace(rule, 'somehow')
        k = e[5]['text'].find(s['value']); s['start'] = k; s['end'] = k + len(s['value'])
    def m12(p, e, n): p[11]['container'] = 'x__ansible_group_vars_lab_yml'
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(p, e, n)
        if not check(p, e, n, deny, langs):
            raise SystemExit('mutation test not caught: ' + f.__name__)
        tests.append(f.__name__)
    return tests

def main():
    deny = load_denylist()
    a = generate(deny)
    b = generate(deny)
    blobs_a = [dumps(x) for x in a[:3]]
    blobs_b = [dumps(x) for x in b[:3]]
    if blobs_a != blobs_b:
        raise SystemExit('non-deterministic output')
    pos, ev, neg, langs, excluded = a
    errs = check(pos, ev, neg, deny, langs)
    if errs:
        print('\n'.join(errs[:50]))
        raise SystemExit('%d check failures' % len(errs))
    muts = mutations(pos, ev, neg, deny, langs)
    info = dict(deny=deny, langs=langs, excluded=excluded, muts=muts, own=own_names(), words=WORDINGS, ev_types=EV_TYPES)
    ra = readme106.render(pos, ev, neg, info)
    rb = readme106.render(*b[:3], info)
    if ra != rb:
        raise SystemExit('README not deterministic')
    out = os.path.dirname(os.path.abspath(__file__))
    for fn, blob in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), blobs_a):
        with open(os.path.join(out, fn), 'w', encoding='utf-8') as f:
            f.write(blob)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(ra)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests' % (len(pos), len(ev), len(neg), len(muts)))

if __name__ == '__main__':
    main()
