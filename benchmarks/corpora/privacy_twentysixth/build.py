#!/usr/bin/env python3
"""Build privacy_twentysixth: run every check, then write secrets / evasions / negatives JSONL and README.md.
Python 3 standard library only; fixed seeds; no clock, environment or network."""
import base64, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_decoders
from gen_encodings import KEYED, DESC

def generate():
    pos = gen_everyday.build() + gen_vendor.build() + gen_passwords.build() + gen_prose.build()
    ev = gen_evasions.build()
    neg = gen_negatives.build()
    out = []
    for i, rec in enumerate(pos, 1):
        out.append(dict({'id': 'p26-s-%04d' % i}, **rec))
    pos = out; out = []
    for i, rec in enumerate(ev, 1):
        out.append(dict({'id': 'p26-e-%04d' % i}, **rec))
    ev = out; out = []
    for i, rec in enumerate(neg, 1):
        out.append(dict({'id': 'p26-n-%04d' % i}, **rec))
    neg = out
    return pos, ev, neg

def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)

def fail(msg):
    raise SystemExit('CHECK FAILED: ' + msg)

def check(pos, ev, neg):
    stats = Counter()
    ids = [r['id'] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): fail('duplicate ids')
    for r, pat in [(x, r'^p26-s-\d{4}$') for x in pos] + [(x, r'^p26-e-\d{4}$') for x in ev] + [(x, r'^p26-n-\d{4}$') for x in neg]:
        if not re.match(pat, r['id']): fail('bad id ' + r['id'])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: fail('json round trip ' + r['id'])
    seen_vals = {}
    for r in pos + ev:
        t, sp = r['text'], r['secrets']
        if not sp: fail('no span ' + r['id'])
        if r['type'] != sp[0]['type']: fail('type != first span ' + r['id'])
        last = -1
        for s in sp:
            if t[s['start']:s['end']] != s['value']: fail('slice ' + r['id'])
            if s['start'] < last: fail('overlap/order ' + r['id'])
            last = s['end']
            if s['value'] != s['value'].strip(): fail('edge whitespace ' + r['id'])
        cnt = Counter(s['value'] for s in sp)
        for v, c in cnt.items():
            if t.count(v) != c: fail('unlabelled occurrence of %r in %s' % (v[:20], r['id']))
            if v in seen_vals and seen_vals[v] != r['id']: fail('value reused ' + r['id'])
            seen_vals[v] = r['id']
        stats['spans'] += len(sp)
    # structured values
    for r in pos:
        for s in r['secrets']:
            v = s['value']
            if re.match(r'^(ghp_|npm_)', v):
                if not common.crc_ok(v): fail('crc ' + r['id'])
                stats['github_style_crc32_base62'] += 1
            if s['type'] in ('supabase_service_role_key', 'monday_com_api_token', 'ionos_api_token', 'snowflake_programmatic_access_token'):
                h, p, _ = v.split('.')
                for seg in (h, p): json.loads(base64.urlsafe_b64decode(seg + '=' * (-len(seg) % 4)))
                stats['jwt_segments_decode'] += 1
            if s['type'] == 'azure_storage_account_key':
                if len(base64.b64decode(v, validate=True)) != 64: fail('azure key ' + r['id'])
                stats['base64_64_byte_key'] += 1
    # evasions
    stats['decoder_selftests'] = gen_decoders.selftest()
    plains = set()
    for r in ev:
        if len(r['secrets']) != 1: fail('evasion span count ' + r['id'])
        s = r['secrets'][0]
        if s['encoding'] != r['encoding']: fail('encoding mismatch ' + r['id'])
        key = s.get('encoding_key')
        if (key is not None) != (r['encoding'] in KEYED): fail('encoding_key presence ' + r['id'])
        k = None
        if key is not None:
            outside = r['text'][:s['start']] + r['text'][s['end']:]
            if key not in outside: fail('key not stated ' + r['id'])
            if r['encoding'] == 'affine_letters_keyed':
                a, b = re.match(r'^a=(\d+), b=(\d+)$', key).groups(); k = (int(a), int(b))
            elif r['encoding'] == 'xor_single_byte_base64_keyed': k = int(key, 16)
            elif r['encoding'] == 'vigenere_alnum62_keyed': k = key
            else: k = int(key)
        if gen_decoders.DEC[r['encoding']](s['value'], k) != s['plain']: fail('decode ' + r['id'])
        if s['plain'] in r['text']: fail('plain verbatim ' + r['id'])
        if s['plain'] in plains or s['plain'] in seen_vals: fail('plain reused ' + r['id'])
        plains.add(s['plain'])
        if re.match(r'^(ghp_|npm_)', s['plain']):
            if not common.crc_ok(s['plain']): fail('plain crc ' + r['id'])
            stats['github_style_crc32_base62'] += 1
        stats['decoded'] += 1
    # negatives
    texts = [n['text'] for n in neg]
    if len(texts) != len(set(texts)): fail('duplicate negative text')
    posvals = [v for v in seen_vals if len(v) >= 6] + list(plains)
    docvals = {k: v[0] for k, v in gen_negatives.DOCS.items()}
    for n in neg:
        for v in posvals:
            if v in n['text']: fail('positive value in negative ' + n['id'])
        for m in re.finditer(r'(?:ghp_|gho_|ghu_|ghs_|ghr_|npm_)[A-Za-z0-9]{36}', n['text']):
            if common.crc_ok(m.group(0)): fail('valid token in negative ' + n['id'])
        if 'PRIVATE KEY' in n['text']: fail('private key in negative ' + n['id'])
        if n['container'] in docvals:
            if docvals[n['container']] not in n['text']: fail('doc value missing ' + n['id'])
    for k, v in docvals.items():
        if len(v) >= 8:
            for r in pos + ev:
                if v in r['text']: fail('doc value in positive ' + r['id'])
    if gen_negatives.pbkdf2_rfc6070() != docvals['rfc6070_pbkdf2_sha1_case1']: fail('rfc6070')
    if gen_negatives.hkdf_rfc5869_case1() != docvals['rfc5869_hkdf_sha256_case1']: fail('rfc5869')
    stats['recomputed_doc_values'] = 2
    # counts
    src = Counter(r['source'] for r in pos)
    if not (235 <= src['everyday'] <= 245 and len({r['container'] for r in pos if r['source'] == 'everyday'}) == 60): fail('everyday count')
    if not 190 <= src['vendor'] <= 215: fail('vendor count')
    if not 100 <= src['password'] <= 120: fail('password count')
    if src['prose'] != 40 or len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40: fail('prose count')
    encs = Counter(r['encoding'] for r in ev)
    if len(encs) != 33 or set(encs.values()) != {3}: fail('evasion count')
    if len(neg) < 220 or len({n['class'] for n in neg}) != 16: fail('negative count')
    # deny-list
    deny = denylist.load()
    names = set()
    for r in pos:
        if r['source'] in ('everyday', 'password'): names.add(r['container'])
        if r['source'] in ('vendor', 'password'):
            for s in r['secrets']: names.add(s['type'])
        if r['source'] == 'vendor': names.add(r['container'])
        if r['source'] == 'prose': names.add(r['container'])
    for code, name, _, _ in gen_prose.L:
        names.add(code); names.add(name.lower()); names.add(re.sub(r'\s*\(.*\)', '', name).strip().lower())
    names.update(gen_prose.FORMATS)
    names.update(r['container'] for r in ev); names.update(r['encoding'] for r in ev); names.update(gen_evasions.WORDINGS)
    names.update(n['container'] for n in neg); names.update('in_' + w for w in gen_negatives.WRAP)
    names.update(gen_vendor.STYLES)
    parts = set()
    for n in names:
        parts.add(n.lower())
        for p in n.split('__'): parts.add(p.lower().strip('_'))
    bad = sorted(p for p in parts if p in deny)
    if bad: fail('deny-list overlap: %s' % bad[:20])
    stats['denylist_names_compared'] = len(parts); stats['denylist_size'] = len(deny)
    return stats

def main():
    if '--freeze' in sys.argv:
        denylist.freeze(); print('frozen'); return
    a = generate(); b = generate()
    if [dumps(x) for x in a] != [dumps(x) for x in b]: fail('non-deterministic')
    pos, ev, neg = a
    stats = check(pos, ev, neg)
    import readme
    files = {'secrets.jsonl': dumps(pos), 'evasions.jsonl': dumps(ev), 'negatives.jsonl': dumps(neg), 'README.md': readme.render(pos, ev, neg, stats)}
    for fn, content in files.items():
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            f.write(content)
    print(json.dumps({'secrets': len(pos), 'evasions': len(ev), 'negatives': len(neg), 'stats': dict(sorted(stats.items()))}, indent=1))

if __name__ == '__main__':
    main()
