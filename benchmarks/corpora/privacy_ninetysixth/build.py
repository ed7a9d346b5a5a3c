#!/usr/bin/env python3
"""Build corpus p96 (makers, 3D printing, CAD). Generates twice, compares, checks, then writes."""
import copy, json, os, re, sys, zlib, hashlib
from common96 import *
import gen_everyday96, gen_vendor96, gen_passwords96, gen_prose96, gen_evasions96, gen_negatives96, enc96, dec96, readme96

DROP_PW = ['hc05_at_pswd_quoted_reply', 'bambu_mqtt_connect_debug_fields', 'firebird_isql_connect_user_password_pair',
           'h2_create_user_password_clause', 'telnet_tasmota_console_after_prompt', 'unzip_capital_p_extract',
           'python_poplib_pass_underscore_call', 'java_commons_ftpclient_login_second', 'python_imaplib_login_second_arg',
           'go_ssh_password_auth_method', 'mysqldb_connect_third_positional', 'platformio_upload_flags_auth_equals']

def generate(deny):
    every = gen_everyday96.generate()
    vend = gen_vendor96.generate()
    pw = [d for d in gen_passwords96.generate() if d['type'] not in DROP_PW]
    prose, used, excluded = gen_prose96.generate(deny)
    pos = every + vend + pw + prose
    for i, d in enumerate(pos, 1):
        d['id'] = 'p96-s-%04d' % i
    ev = gen_evasions96.generate()
    for i, d in enumerate(ev, 1):
        d['id'] = 'p96-e-%04d' % i
    neg = gen_negatives96.generate()
    for i, d in enumerate(neg, 1):
        d['id'] = 'p96-n-%04d' % i
    meta = {'used': used, 'excluded': excluded}
    return pos, ev, neg, meta

POS_KEYS = ['id', 'type', 'container', 'text', 'secrets', 'source']
EV_KEYS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
NEG_KEYS = ['id', 'class', 'container', 'text', 'source']

def dump(recs, keys):
    return ''.join(json.dumps({k: d[k] for k in keys}, ensure_ascii=False) + '\n' for d in recs)

def count_overlapping(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n

def own_names():
    names = {}
    def add(cat, n):
        names.setdefault(cat, []).append(n)
    for k, _ in gen_everyday96.C: add('everyday container kind', k)
    for t in gen_everyday96.TYPES: add('everyday span type', t[0])
    for t in gen_vendor96.V: add('vendor type', t[0])
    for s, _ in gen_vendor96.STYLES: add('vendor style', s)
    for p in gen_passwords96.P: add('password syntax', p[0])
    for s in gen_passwords96.SUFFIX.values(): add('password suffix', s)
    for f, _ in gen_prose96.FORMATS: add('prose format', f)
    add('prose span type', gen_prose96.SPAN_TYPE)
    for e in enc96.ENC: add('encoding', e)
    for w in gen_evasions96.WORDINGS: add('evasion wording', w[0])
    for c in gen_negatives96.CLASSES:
        add('negative class', c[0]); add('negative base kind', c[3]); add('negative base kind', c[4])
    for w, _ in gen_negatives96.WRAPS:
        if w: add('negative wrapper', w.strip('_'))
    return names

def check(pos, ev, neg, meta, deny):
    errs = []
    E = errs.append
    allrec = pos + ev
    # ids
    for lst, pre in ((pos, 's'), (ev, 'e'), (neg, 'n')):
        for i, d in enumerate(lst, 1):
            if d['id'] != 'p96-%s-%04d' % (pre, i):
                E('bad id %s' % d['id'])
    ids = [d['id'] for d in pos + ev + neg]
    if len(set(ids)) != len(ids): E('duplicate ids')
    # spans
    values = {}
    for d in allrec:
        t = d['text']
        if '\ue000' in t or '\ue001' in t or '\x00' in t or '⟨' in t:
            E('slot marker left in %s' % d['id'])
        if d['type'] != d['secrets'][0]['type']:
            E('type mismatch %s' % d['id'])
        labelled = {}
        for s in d['secrets']:
            if t[s['start']:s['end']] != s['value']:
                E('span mismatch %s' % d['id'])
            if s['value'] != s['value'].strip():
                E('edge whitespace %s' % d['id'])
            labelled[s['value']] = labelled.get(s['value'], 0) + 1
        for v, c in labelled.items():
            if count_overlapping(t, v) != c:
                E('value occurs %d times, labelled %d in %s' % (count_overlapping(t, v), c, d['id']))
            if v in values and values[v] != d['id']:
                E('value reused %s %s' % (values[v], d['id']))
            values[v] = d['id']
    plains = {}
    for d in ev:
        s = d['secrets'][0]
        if 'plain' not in s or s.get('encoding') != d['encoding']:
            E('evasion span fields %s' % d['id'])
        try:
            dec = dec96.decode(d['encoding'], s['value'])
        except Exception:
            dec = None
        if dec != s['plain']:
            E('evasion does not decode %s' % d['id'])
        if s['plain'] in d['text']:
            E('plain verbatim %s' % d['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']):
            E('plain alphabet %s' % d['id'])
        if d['text'].find(d['_rule']) == -1 or d['text'].find(d['_rule']) > s['start']:
            E('rule not before run %s' % d['id'])
        if s['plain'] in plains or s['plain'] in values:
            E('plain reused %s' % d['id'])
        plains[s['plain']] = d['id']
    # leaks across records and into negatives
    texts = [(d['id'], d['text']) for d in allrec] + [(d['id'], d['text']) for d in neg]
    for v, owner in values.items():
        if len(v) < 6: continue
        for i, t in texts:
            if i != owner and v in t:
                E('value of %s leaks into %s' % (owner, i))
    for p, owner in plains.items():
        for i, t in texts:
            if i != owner and p in t:
                E('plain of %s leaks into %s' % (owner, i))
    # negatives
    if len(set(d['text'] for d in neg)) != len(neg): E('duplicate negative texts')
    for d in neg + allrec:
        if 'PRIVATE KEY' in d['text']: E('private key armour in %s' % d['id'])
    # checksums / structural shapes re-verified
    for d in pos:
        for s in d['secrets']:
            v = s['value']
            if v.startswith('AGE-SECRET-KEY-1') and not re.fullmatch(r'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', v):
                E('age key shape %s' % d['id'])
            if s['type'] in ('home_assistant_long_lived_token', 'pinata_ipfs_jwt', 'printables_graphql_bearer_token', 'bambu_cloud_access_token', 'lemon_squeezy_api_key'):
                h, p, _ = v.split('.')
                json.loads(base64.urlsafe_b64decode(h + '=' * (-len(h) % 4)))
                json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))
            if s['type'] == 'esphome_api_encryption_key' and len(base64.b64decode(v)) != 32:
                E('esphome key length %s' % d['id'])
    # deny-list
    dn = set(deny['names'])
    names = own_names()
    for cat, lst in names.items():
        if len(set(lst)) != len(lst): E('duplicate own names in %s' % cat)
        for n in lst:
            for part in [n] + n.split('__'):
                if part and part.lower() in dn:
                    E('deny-listed %s: %s' % (cat, part))
    for d in pos + ev + neg:
        for part in [d['container']] + d['container'].split('__') + [d.get('type') or d.get('class')]:
            if part and part.lower() in dn:
                E('deny-listed container/type in %s: %s' % (d['id'], part))
    # prose languages
    langs = [u[0] for u in meta['used']]
    if len(langs) != 40 or len(set(langs)) != 40: E('prose languages != 40')
    for code, c1, name, _ in meta['used']:
        if code in dn or code in deny['codes'] or (c1 and (c1 in dn or c1 in deny['codes'])): E('deny-listed language %s' % code)
        for w in re.findall(r'[a-z]+', name.lower()):
            if w in deny['languages'] or w in deny['words']: E('language name word deny-listed %s' % name)
    # counts
    src = {}
    for d in pos: src[d['source']] = src.get(d['source'], 0) + 1
    if src.get('everyday') != 180: E('everyday count')
    if not 100 <= src.get('vendor', 0) <= 140: E('vendor count')
    if not 90 <= src.get('password', 0) <= 125: E('password count')
    if src.get('prose') != 40: E('prose count')
    if len(ev) != 66: E('evasion count')
    if len(neg) < 180 or len(set(d['class'] for d in neg)) != 16: E('negative count/classes')
    encs = {}
    for d in ev: encs[d['encoding']] = encs.get(d['encoding'], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}: E('encodings not 22 x 3')
    et = set(t[0] for t in gen_everyday96.TYPES); vt = set(t[0] for t in gen_vendor96.V); pt = set(p[0] for p in gen_passwords96.P)
    if et & vt or et & pt or vt & pt or gen_prose96.SPAN_TYPE in et | vt | pt: E('span type families overlap')
    # JSON round trip
    for d in pos + ev + neg:
        if json.loads(json.dumps(d, ensure_ascii=False)) != d: E('json round trip %s' % d['id'])
    return errs

def mutation_tests(pos, ev, neg, meta, deny):
    muts = []
    def m1(p, e, n): p[3]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += p[10]['secrets'][0]['value']
    def m3(p, e, n): e[2]['secrets'][0]['plain'] += 'x'
    def m4(p, e, n):
        s = p[7]['secrets'][0]; p[7]['text'] += ' ' + s['value']
    def m5(p, e, n): n[1]['text'] = n[0]['text']
    def m6(p, e, n): n[4]['text'] += '-----BEGIN OPENSSH PRIVATE KEY-----'
    def m7(p, e, n): n[5]['container'] = 'base45_rfc9285'
    def m8(p, e, n): p[0]['id'] = 'p95-s-0001'
    def m9(p, e, n): meta2 = m9.meta; meta2['used'][0] = ('bre', 'br', 'Breton', '')
    def m10(p, e, n): p[200]['text'] += ' ' + e[5]['secrets'][0]['plain']
    def m11(p, e, n): p[1]['container'] = 'tmux_capture_pane_scrollback'
    def m12(p, e, n): e[0]['secrets'][0]['value'] = e[0]['secrets'][0]['value'][:-1]
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        p, e, n, mt = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg), copy.deepcopy(meta)
        m9.meta = mt
        f(p, e, n)
        if not check(p, e, n, mt, deny):
            raise SystemExit('mutation test %s was not caught' % f.__name__)
    return 12

def build_once(deny):
    pos, ev, neg, meta = generate(deny)
    files = {'secrets.jsonl': dump(pos, POS_KEYS), 'evasions.jsonl': dump(ev, EV_KEYS), 'negatives.jsonl': dump(neg, NEG_KEYS)}
    files['README.md'] = readme96.render(pos, ev, neg, meta, deny, DROP_PW)
    return pos, ev, neg, meta, files

def main():
    deny = frozen_denylist()
    a = build_once(deny)
    b = build_once(deny)
    if a[4] != b[4]:
        raise SystemExit('non-deterministic output')
    pos, ev, neg, meta, files = a
    errs = check(pos, ev, neg, meta, deny)
    if errs:
        print('\n'.join(errs[:80]))
        raise SystemExit('%d check failures' % len(errs))
    n = mutation_tests(pos, ev, neg, meta, deny)
    for fn, content in files.items():
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            f.write(content)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests' % (len(pos), len(ev), len(neg), n))

if __name__ == '__main__':
    main()
