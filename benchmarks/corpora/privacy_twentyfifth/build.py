#!/usr/bin/env python3
"""Build and check the p25 corpus. Standard library only; fixed seeds; no clock / env / network.
Usage: python3 build.py            (check everything, then write the files)
       python3 build.py --freeze   (re-extract the deny-list from /tmp/brief25 once)"""
import base64, collections, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_decoders
from gen_encodings import ENC
from vendor_table import V

STATS = collections.Counter()


def fail(msg):
    raise SystemExit('CHECK FAILED: ' + msg)


def generate():
    pos = gen_everyday.build() + gen_vendor.build() + gen_passwords.build() + gen_prose.build()
    eva = gen_evasions.build()
    neg = gen_negatives.build()
    out_p, out_e, out_n = [], [], []
    for i, r in enumerate(pos, 1):
        out_p.append(dict([('id', 'p25-s-%04d' % i)] + list(r.items())))
    for i, r in enumerate(eva, 1):
        out_e.append(dict([('id', 'p25-e-%04d' % i)] + list(r.items())))
    for i, r in enumerate(neg, 1):
        out_n.append(dict([('id', 'p25-n-%04d' % i)] + list(r.items())))
    return out_p, out_e, out_n


def serialise(recs):
    return ''.join(common.dumps(r) + '\n' for r in recs).encode('utf-8')


def count_occ(text, v):
    n = 0; i = text.find(v)
    while i != -1:
        n += 1; i = text.find(v, i + 1)
    return n


def check_spans(recs, kind):
    for r in recs:
        sp = r['secrets']
        if not sp:
            fail('%s has no span' % r['id'])
        if r['type'] != sp[0]['type']:
            fail('%s type != first span type' % r['id'])
        last = 0
        for s in sp:
            if r['text'][s['start']:s['end']] != s['value']:
                fail('%s span does not re-slice' % r['id'])
            if s['start'] < last:
                fail('%s spans unsorted / overlapping' % r['id'])
            last = s['end']
            if s['value'] != s['value'].strip():
                fail('%s span has edge whitespace' % r['id'])
        labelled = collections.Counter(s['value'] for s in sp)
        for v, n in labelled.items():
            if count_occ(r['text'], v) != n:
                fail('%s value occurs %d times but labelled %d' % (r['id'], count_occ(r['text'], v), n))
        STATS['spans_' + kind] += len(sp)


def jwt_ok(tok):
    parts = tok.split('.')
    if len(parts) != 3:
        return False
    for p in parts[:2]:
        json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))
    return True


def check_structured(pos, eva):
    values = [(s['type'], s['value']) for r in pos for s in r['secrets']] + [(s['type'], s['plain']) for r in eva for s in r['secrets']]
    for t, v in values:
        if re.fullmatch(r'(ghp_|gho_|ghu_|npm_)\w+', v):
            if not common.crc_token_ok(v):
                fail('bad CRC token %s' % v)
            STATS['github_style_crc32_base62'] += 1
        if t in ('rsa_pkcs1_private_key_pem', 'apple_app_store_connect_p8_key', 'secp256k1_sec1_private_key_pem'):
            label, der = common.pem_der(v)
            if t == 'rsa_pkcs1_private_key_pem':
                ok = label == 'RSA PRIVATE KEY' and common.rsa_pkcs1_ok(der)
            elif t == 'apple_app_store_connect_p8_key':
                _, body, _ = common.der_parse(der); ch = common.der_children(body)
                _, inner, _ = common.der_parse(ch[2][1]); ich = common.der_children(inner)
                d = int.from_bytes(ich[1][1], 'big')
                ok = label == 'PRIVATE KEY' and common.OID_P256[2:] in ch[1][1] and 0 < d < common.P256_N
            else:
                _, body, _ = common.der_parse(der); ch = common.der_children(body)
                d = int.from_bytes(ch[1][1], 'big')
                ok = label == 'EC PRIVATE KEY' and ch[2][1] == common.OID_K1 and 0 < d < common.SECP256K1_N
            if not ok:
                fail('bad PEM %s' % t)
            STATS['pem_der_private_key'] += 1
        if t == 'openssh_ed25519_private_key':
            if not common.openssh_ok(v):
                fail('bad openssh key')
            STATS['openssh_ed25519_pub_matches_seed'] += 1
        if t == 'kubeconfig_client_key_data':
            label, der = common.pem_der(base64.b64decode(v).decode())
            _, body, _ = common.der_parse(der); ch = common.der_children(body)
            if not (label == 'EC PRIVATE KEY' and ch[2][1] == common.OID_P256 and 0 < int.from_bytes(ch[1][1], 'big') < common.P256_N):
                fail('bad kubeconfig key')
            STATS['base64_pem_sec1_p256'] += 1
        if t == 'bitcoin_wif_compressed_private_key':
            if not (common.b58check_ok(v) and v[0] in 'KL' and len(v) == 52):
                fail('bad WIF')
            STATS['base58check_wif'] += 1
        if t == 'solana_cli_keypair_json':
            a = bytes(json.loads(v))
            if not (len(a) == 64 and common.ed25519_pub(a[:32]) == a[32:]):
                fail('bad solana keypair')
            STATS['ed25519_keypair_json'] += 1
        if t == 'docker_config_auths_basic':
            u, _, p = base64.b64decode(v).decode().partition(':')
            if not (u and p):
                fail('bad docker auth')
            STATS['base64_user_colon_password'] += 1
        if t in ('onepassword_connect_token', 'lemon_squeezy_api_key', 'hygraph_permanent_auth_token', 'wix_headless_api_key'):
            if not jwt_ok(v[4:] if v.startswith('IST.') else v):
                fail('bad JWT %s' % t)
            STATS['jwt_segments_decode'] += 1
        if t in ('mapbox_secret_access_token', 'miro_access_token'):
            seg = v.split('.')[1] if t.startswith('mapbox') else v.split('_')[0]
            json.loads(base64.urlsafe_b64decode(seg + '=' * (-len(seg) % 4)))
            STATS['base64_json_payload'] += 1


def check_evasions(eva, pos_values):
    n = gen_decoders.self_tests(); STATS['decoder_self_tests'] = n
    plains = set()
    for r in eva:
        if len(r['secrets']) != 1:
            fail('%s must have one span' % r['id'])
        s = r['secrets'][0]
        enc = s['encoding']
        if enc != r['encoding'] or enc not in ENC:
            fail('%s encoding mismatch' % r['id'])
        keyed = ENC[enc][2]
        if keyed != ('encoding_key' in s):
            fail('%s encoding_key presence wrong' % r['id'])
        key = s.get('encoding_key')
        if keyed:
            outside = r['text'][:s['start']] + r['text'][s['end']:]
            if key not in outside:
                fail('%s key not stated outside the span' % r['id'])
        if gen_decoders.DEC[enc](s['value'], key) != s['plain']:
            fail('%s decoder does not reproduce plain' % r['id'])
        if s['plain'] in r['text']:
            fail('%s plain verbatim in text' % r['id'])
        if s['plain'] in plains or s['plain'] in pos_values:
            fail('%s plain reused' % r['id'])
        plains.add(s['plain'])
        STATS['decoded_ok'] += 1
    return plains


def check_negatives(neg, pos, eva):
    texts = set()
    pos_vals = [s['value'] for r in pos for s in r['secrets'] if len(s['value']) >= 6]
    ev_vals = [x for r in eva for s in r['secrets'] for x in (s['value'], s['plain'])]
    for r in neg:
        t = r['text']
        if t in texts:
            fail('%s duplicate negative text' % r['id'])
        texts.add(t)
        for v in pos_vals + ev_vals:
            if v in t:
                fail('%s contains a positive / evasion value' % r['id'])
        for m in re.findall(r'(?:ghp_|gho_|ghu_|ghs_|ghr_|npm_)[A-Za-z0-9]{36}', t):
            if common.crc_token_ok(m):
                fail('%s has a checksum-valid token' % r['id'])
        if 'PRIVATE KEY' in t:
            fail('%s contains PRIVATE KEY' % r['id'])
    alltext = ''.join(r['text'] for r in pos + eva)
    for kind, val in gen_negatives.DOC_VALUES.items():
        if not any(r['container'] == kind and val in r['text'] for r in neg):
            fail('doc value %s missing' % kind)
        if len(val) >= 8 and val in alltext:
            fail('doc value %s appears in positives / evasions' % kind)
    rc = gen_negatives.recompute()
    for k, ok in rc.items():
        if not ok:
            fail('recomputation %s failed' % k)
    STATS['doc_recomputed'] = len(rc)


def parts(name):
    out = {name}
    for p in name.split('__'):
        out.add(p); out.add(p.lstrip('_'))
    return out


def check_deny(pos, eva, neg):
    frozen, wide = denylist.load()
    names = set()
    names |= {r['container'] for r in pos if r['source'] == 'everyday'}
    names |= set(gen_vendor.STYLES) | {r['container'] for r in pos if r['source'] == 'vendor'} | set(V)
    names |= {r['type'] for r in pos if r['source'] == 'password'} | {r['container'] for r in pos if r['source'] == 'password'}
    names |= set(gen_prose.F) | {r['container'] for r in pos if r['source'] == 'prose'}
    langs = set()
    for code, (en, _, _) in gen_prose.L.items():
        langs |= {code, en.lower(), re.sub(r'\s*\(.*\)', '', en).lower()}
    names |= set(ENC) | set(gen_evasions.W) | {r['container'] for r in eva}
    names |= {r['container'] for r in neg} | set(gen_negatives.WRAP)
    checked = set()
    for n in names:
        checked |= parts(n.lower())
    bad = sorted(x for x in checked | langs if x in wide)
    if bad:
        fail('deny-list overlap: %s' % bad[:20])
    STATS['deny_frozen'] = len(frozen); STATS['deny_wide'] = len(wide); STATS['deny_checked'] = len(checked | langs)


def check_counts(pos, eva, neg):
    c = collections.Counter(r['source'] for r in pos)
    ev_kinds = {r['container'] for r in pos if r['source'] == 'everyday'}
    if c['everyday'] != 240 or len(ev_kinds) != 60:
        fail('everyday counts')
    if not 190 <= c['vendor'] <= 215 or len({r['type'] for r in pos if r['source'] == 'vendor'}) != c['vendor']:
        fail('vendor counts')
    if not 100 <= c['password'] <= 120 or len({r['type'] for r in pos if r['source'] == 'password'}) != c['password']:
        fail('password counts')
    if c['prose'] != 40 or len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) != 40:
        fail('prose counts')
    if len(eva) != 99 or len(ENC) != 33 or set(collections.Counter(r['encoding'] for r in eva).values()) != {3}:
        fail('evasion counts')
    if len(neg) < 220 or len({r['class'] for r in neg}) != 16:
        fail('negative counts')


def check_ids_json(pos, eva, neg):
    ids = set()
    for recs, pat in ((pos, r'p25-s-\d{4}'), (eva, r'p25-e-\d{4}'), (neg, r'p25-n-\d{4}')):
        for r in recs:
            if not re.fullmatch(pat, r['id']) or r['id'] in ids:
                fail('bad / duplicate id %s' % r['id'])
            ids.add(r['id'])
            if json.loads(common.dumps(r)) != r:
                fail('JSON round trip %s' % r['id'])


def main():
    if '--freeze' in sys.argv:
        denylist.freeze(); print('froze brief_names.json'); return
    pos, eva, neg = generate()
    check_ids_json(pos, eva, neg)
    check_spans(pos, 'pos'); check_spans(eva, 'eva')
    seen = set()
    for r in pos + eva:
        vals = {s['value'] for s in r['secrets']}
        if vals & seen:
            fail('%s reuses a value from another record' % r['id'])
        seen |= vals
    pos_values = {s['value'] for r in pos for s in r['secrets']}
    check_structured(pos, eva)
    check_evasions(eva, pos_values)
    check_negatives(neg, pos, eva)
    check_counts(pos, eva, neg)
    check_deny(pos, eva, neg)
    b = [serialise(x) for x in (pos, eva, neg)]
    b2 = [serialise(x) for x in generate()]
    if b != b2:
        fail('second generation differs (non-deterministic)')
    import readme
    md = readme.render(pos, eva, neg, dict(STATS))
    for name, data in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), b):
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(md)
    print('all checks passed:', len(pos), 'positives,', len(eva), 'evasions,', len(neg), 'negatives')
    for k in sorted(STATS):
        print('  %s: %s' % (k, STATS[k]))


if __name__ == '__main__':
    main()
