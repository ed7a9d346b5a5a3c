"""Build the privacy_seventeenth (p17) corpus: run every check first, write nothing if one fails.
Usage: python3 build.py            (regenerates secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md)"""
import base64, hashlib, hmac, json, os, re, struct, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, gen_crypto, gen_everyday, gen_new, gen_new_types, gen_passwords, gen_prose
import gen_evasions, gen_encodings, gen_decoders, gen_negatives, readme

BRIEF = '/tmp/brief17'
FAIL = []
STATS = {}


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def brief_names():
    names, langs, files = set(), set(), []
    if not os.path.isdir(BRIEF):
        return None, None, files
    for fn in sorted(os.listdir(BRIEF)):
        if not fn.endswith('.md'):
            continue
        files.append(fn)
        t = open(os.path.join(BRIEF, fn), encoding='utf-8').read()
        names |= set(re.findall(r'`([^`\n]+)`', t))
        for line in t.split('\n'):
            if line.startswith('Prose languages'):
                langs |= set(re.findall(r'`([^`\n]+)`', line))
    return names, langs, files


# ---------------- structured-value verifiers ----------------
def der_read(b, i):
    tag = b[i]; ln = b[i + 1]; i += 2
    if ln & 0x80:
        k = ln & 0x7f; ln = int.from_bytes(b[i:i + k], 'big'); i += k
    return tag, b[i:i + ln], i + ln


def der_seq_items(body):
    out, i = [], 0
    while i < len(body):
        tag, v, i = der_read(body, i)
        out.append((tag, v))
    return out


def pem_body(p):
    lines = p.strip().split('\n')
    return base64.b64decode(''.join(lines[1:-1]))


def v_rsa_pkcs1(p):
    tag, body, _ = der_read(pem_body(p), 0)
    ints = [int.from_bytes(v, 'big') for t, v in der_seq_items(body)]
    ver, n, e, d, P, Q, dp, dq, qi = ints
    return P * Q == n and pow(pow(7, e, n), d, n) == 7 and dp == d % (P - 1) and qi * Q % P == 1


def v_openssh_rsa(p):
    blob = pem_body(p)
    if not blob.startswith(b'openssh-key-v1\0'):
        return False
    i = 15

    def rd(i):
        n = struct.unpack('>I', blob[i:i + 4])[0]
        return blob[i + 4:i + 4 + n], i + 4 + n
    cipher, i = rd(i); kdf, i = rd(i); kdfo, i = rd(i); i += 4
    pub, i = rd(i); priv, i = rd(i)
    c1, c2 = struct.unpack('>II', priv[:8])
    j = 8

    def rdp(j):
        n = struct.unpack('>I', priv[j:j + 4])[0]
        return priv[j + 4:j + 4 + n], j + 4 + n
    kt, j = rdp(j); n, j = rdp(j); e, j = rdp(j); d, j = rdp(j); qi, j = rdp(j); P, j = rdp(j); Q, j = rdp(j)
    n, P, Q = (int.from_bytes(x, 'big') for x in (n, P, Q))
    return cipher == b'none' and c1 == c2 and kt == b'ssh-rsa' and P * Q == n


def v_sec1(p, curve):
    tag, body, _ = der_read(pem_body(p), 0)
    items = der_seq_items(body)
    d = int.from_bytes(items[1][1], 'big')
    cv = gen_crypto.CURVES[curve]
    pub = der_seq_items(items[3][1])[0][1][1:]
    X, Y = gen_crypto.ec_mul(cv, d)
    return pub == b'\x04' + X.to_bytes(32, 'big') + Y.to_bytes(32, 'big') and gen_crypto.on_curve(cv, (X, Y))


def v_stellar(s):
    raw = base64.b32decode(s)
    c = gen_crypto_crc(raw[:-2])
    return raw[0] == 18 << 3 and raw[-2:] == bytes([c & 0xff, c >> 8])


def gen_crypto_crc(b):
    return common.crc16_xmodem(b)


def v_ses(s):
    b = base64.b64decode(s)
    return len(b) == 33 and b[0] == 4


def v_b64json(s, keys):
    d = json.loads(base64.b64decode(s + '=' * (-len(s) % 4)))
    return set(keys) <= set(d)


STRUCT = {
    'rsa_pkcs1_private_key': ('rsa_pkcs1_crt', v_rsa_pkcs1),
    'openssh_rsa_private_key': ('openssh_key_v1_rsa', v_openssh_rsa),
    'secp256k1_sec1_private_key': ('secp256k1_public_point', lambda s: v_sec1(s, 'secp256k1')),
    'coinbase_cdp_ec_private_key': ('p256_public_point', None),
    'putty_ppk_v3_private_key': ('ppk_v3_mac_and_ed25519_pub', gen_crypto.ppk3_verify),
    'github_classic_pat': ('github_crc32_base62', lambda s: common.check_crc32_b62(s, 'ghp_')),
    'npm_access_token': ('npm_crc32_base62', lambda s: common.check_crc32_b62(s, 'npm_')),
    'github_app_installation_token': ('github_crc32_base62', lambda s: common.check_crc32_b62(s, 'ghs_')),
    'stellar_secret_seed': ('stellar_strkey_crc16', v_stellar),
    'xrpl_family_seed': ('xrpl_base58check_ripple', lambda s: common.b58check_ok(s, common.B58_RIPPLE) and s.startswith('s')),
    'bip32_xprv_extended_private_key': ('bip32_base58check', lambda s: common.b58check_ok(s) and s.startswith('xprv')),
    'bitcoin_wif_compressed_private_key': ('wif_base58check', lambda s: common.b58check_ok(s) and s[0] in 'KL'),
    'age_x25519_identity': ('age_bech32_checksum', lambda s: common.bech32_decode(s)[0] == 'age-secret-key-'),
    'aws_ses_smtp_password': ('ses_smtp_v4_layout', v_ses),
    'grafana_legacy_api_key': ('grafana_b64_json_k_n_id', lambda s: v_b64json(s, ['k', 'n', 'id'])),
    'neptune_api_token': ('neptune_b64_json', lambda s: v_b64json(s, ['api_address', 'api_url', 'api_key'])),
}


def main():
    names, langs_used, brief_files = brief_names()
    everyday = gen_everyday.build()
    new = gen_new.build() + gen_new.build_keys()
    pw = gen_passwords.build()
    prose = gen_prose.build()
    positives = everyday + new + pw + prose
    pos_values = set()
    for r in positives:
        for s in r['secrets']:
            pos_values.add(s['value'])
            if 'plain' in s:
                pos_values.add(s['plain'])
    evas = gen_evasions.build(forbidden=pos_values)
    negs = gen_negatives.build()

    # ids
    for i, r in enumerate(positives):
        r['id'] = 'p17-s-%04d' % (i + 1)
    for i, r in enumerate(evas):
        r['id'] = 'p17-e-%04d' % (i + 1)
    for i, r in enumerate(negs):
        r['id'] = 'p17-n-%04d' % (i + 1)
    ids = [r['id'] for r in positives + evas + negs]
    check(len(ids) == len(set(ids)), 'ids not unique')

    # self-tests of hand-written primitives
    check(gen_crypto.ed25519_selftest(), 'ed25519 RFC 8032 vector')
    check(gen_encodings.chacha_selftest(), 'chacha20 RFC 8439 vector')
    check(gen_encodings.e_base45_rfc9285('AB') == 'BB8' and gen_encodings.e_base45_rfc9285('Hello!!') == '%69 VD92EX0', 'base45 RFC 9285 vectors')
    check(gen_decoders.d_base45_rfc9285('BB8') == 'AB', 'base45 decode vector')
    check(gen_encodings.e_ascii85_adobe('Man ') == '<~9jqo^~>', 'ascii85 vector')

    # positives
    seen_val = {}
    struct_counts = {}
    for r in positives:
        t = r['text']; sp = r['secrets']
        check(len(sp) >= 1, r['id'] + ' no spans')
        last = -1
        for s in sp:
            check(t[s['start']:s['end']] == s['value'], r['id'] + ' span slice')
            check(s['start'] >= last, r['id'] + ' spans overlap/unsorted')
            last = s['end']
            check(s['value'] == s['value'].strip(), r['id'] + ' edge whitespace')
        check(r['type'] == sp[0]['type'], r['id'] + ' type != first span type')
        cnt = {}
        for s in sp:
            cnt[s['value']] = cnt.get(s['value'], 0) + 1
        for v, n in cnt.items():
            check(t.count(v) == n, r['id'] + ' value occurs %d times, labelled %d' % (t.count(v), n))
            check(v not in seen_val or seen_val[v] == r['id'], r['id'] + ' value reused from ' + str(seen_val.get(v)))
            seen_val[v] = r['id']
        for s in sp:
            if s['type'] in STRUCT:
                name, fn = STRUCT[s['type']]
                if s['type'] == 'coinbase_cdp_ec_private_key':
                    ok = s['plain'].replace('\n', '\\n') == s['value'] and v_sec1(s['plain'], 'P-256')
                else:
                    ok = fn(s['value'])
                check(ok, r['id'] + ' structured check ' + name)
                struct_counts[name] = struct_counts.get(name, 0) + 1
    STATS['struct'] = struct_counts

    # evasions
    enc_counts = {}
    for r in evas:
        sp = r['secrets']
        check(len(sp) == 1, r['id'] + ' evasion must have one span')
        s = sp[0]
        check(r['text'][s['start']:s['end']] == s['value'], r['id'] + ' slice')
        check(s['value'] == s['value'].strip(), r['id'] + ' edge ws')
        check(s['encoding'] == r['encoding'] and 'plain' in s, r['id'] + ' encoding/plain')
        key = s.get('encoding_key')
        check((key is not None) == (r['encoding'] in gen_encodings.KEYED), r['id'] + ' key presence')
        if key is not None:
            for part in key.split('|'):
                check(part in r['text'], r['id'] + ' key not stated')
        try:
            dec = gen_decoders.DEC[r['encoding']](s['value'], key)
        except Exception as ex:
            dec = 'ERR %r' % ex
        check(dec == s['plain'], r['id'] + ' decoder mismatch ' + r['encoding'])
        check(r['text'].count(s['value']) == 1, r['id'] + ' encoded value not unique in text')
        check(s['plain'] not in r['text'], r['id'] + ' plain verbatim')
        check(s['plain'] not in pos_values, r['id'] + ' plain equals a positive value')
        check(r['type'] == s['type'], r['id'] + ' type')
        enc_counts[r['encoding']] = enc_counts.get(r['encoding'], 0) + 1
    STATS['enc'] = enc_counts

    # negatives
    texts = [r['text'] for r in negs]
    check(len(texts) == len(set(texts)), 'duplicate negative texts')
    ev_vals = set()
    for r in evas:
        ev_vals.add(r['secrets'][0]['value']); ev_vals.add(r['secrets'][0]['plain'])
    tok_re = re.compile(r'\b(ghp|gho|ghu|ghs|ghr|npm)_[A-Za-z0-9]{36}\b')
    for r in negs:
        t = r['text']
        for v in pos_values:
            if len(v) >= 6 and v in t:
                FAIL.append(r['id'] + ' contains positive value ' + v[:20])
        for v in ev_vals:
            if v in t:
                FAIL.append(r['id'] + ' contains evasion value')
        check('PRIVATE KEY' not in t, r['id'] + ' private key in negative')
        for m in tok_re.finditer(t):
            check(not common.check_crc32_b62(m.group(0), m.group(1) + '_'), r['id'] + ' checksum-valid token in negative')
    for v in gen_negatives.DOC_VALUES:
        check(any(v in r['text'] for r in negs), 'doc value missing from negatives: ' + v)
        for r in positives + evas:
            check(v not in r['text'], 'doc value in positive/evasion ' + r['id'])

    # counts and breadth
    new_types = set(s['type'] for r in new + pw for s in r['secrets'])
    all_types = set(s['type'] for r in positives for s in r['secrets'])
    langs = sorted(set(r['_lang'] for r in prose))
    STATS.update(n_pos=len(positives), n_spans=sum(len(r['secrets']) for r in positives), n_types=len(all_types),
                 n_new_types=len(new_types), n_ev=len(evas), n_neg=len(negs), langs=langs,
                 n_everyday=len(everyday), n_new=len(new), n_pw=len(pw), n_prose=len(prose))
    check(560 <= len(positives) <= 650, 'positive count %d' % len(positives))
    check(len(everyday) >= len(positives) * 0.3, 'everyday share')
    check(95 <= len(evas) <= 110 and len(enc_counts) >= 30, 'evasion counts')
    check(210 <= len(negs) <= 240 and len(set(r['class'] for r in negs)) >= 16, 'negative counts')
    check(len(langs) >= 35, 'languages')

    # overlap with the brief READMEs
    overlap = {}
    if names is not None:
        for label, items in (('container', [r['container'] for r in positives + evas + negs]),):
            bad = sorted(set(c for c in items if c in names or c.split('__')[0] in names))
            overlap[label] = bad
        overlap['encoding'] = sorted(e for e in enc_counts if e in names)
        overlap['language'] = sorted(l for l in langs if l in names or l in langs_used)
        overlap['new_part_type'] = sorted(t for t in new_types if t in names)
        for k, v in overlap.items():
            check(not v, 'overlap with brief READMEs (%s): %s' % (k, v[:5]))
        STATS['brief'] = (brief_files, len(names), len(langs_used))
    else:
        STATS['brief'] = None

    # JSON round trip
    for r in positives + evas + negs:
        clean = {k: v for k, v in r.items() if not k.startswith('_')}
        check(json.loads(json.dumps(clean, ensure_ascii=False)) == clean, r['id'] + ' json round trip')

    if FAIL:
        print('CHECKS FAILED (%d); nothing written' % len(FAIL))
        for f in FAIL[:40]:
            print('  -', f)
        sys.exit(1)

    def order(r, keys):
        return {k: r[k] for k in keys if k in r}
    pos_out = [order(r, ['id', 'type', 'container', 'text', 'secrets', 'source']) for r in positives]
    ev_out = [order(r, ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']) for r in evas]
    neg_out = [order(r, ['id', 'class', 'container', 'text', 'source']) for r in negs]
    for fn, rows in (('secrets.jsonl', pos_out), ('evasions.jsonl', ev_out), ('negatives.jsonl', neg_out)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(readme.render(positives, evas, negs, STATS))
    print('ok: %d positives (%d spans), %d evasions, %d negatives; all checks passed' % (len(positives), STATS['n_spans'], len(evas), len(negs)))


if __name__ == '__main__':
    main()
