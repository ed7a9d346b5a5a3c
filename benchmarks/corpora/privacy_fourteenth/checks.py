"""All checks run by build.py before anything is written. Each failure raises AssertionError."""
import base64
import glob
import json
import os
import re
from gen_common import crc_token_ok, b58check_ok, B58_XRP, b58dec
import gen_crypto as G
import gen_evasions
from gen_negatives_a import DOC_EXAMPLES

BRIEF = '/tmp/brief14'
STATS = {}


def brief_names():
    names = set()
    for f in sorted(glob.glob(os.path.join(BRIEF, '*.md'))):
        names |= set(re.findall(r'`([^`\s]+)`', open(f, encoding='utf-8').read()))
    return names


def _spans(recs, allow_plain):
    for x in recs:
        assert json.loads(json.dumps(x, ensure_ascii=False)) == x
        prev = -1
        for s in x['secrets']:
            assert x['text'][s['start']:s['end']] == s['value'], x['id']
            assert s['start'] >= prev, ('unsorted/overlap', x['id'])
            assert s['value'] == s['value'].strip(), ('edge whitespace', x['id'])
            prev = s['end']
        assert x['type'] == x['secrets'][0]['type'], x['id']


def _pem_ok(p):
    body = ''.join(l for l in p.split('\n') if l and not l.startswith('-----'))
    return G.der_seq_ok(base64.b64decode(body))


def structured(pos):
    n = {}
    bump = lambda k: n.__setitem__(k, n.get(k, 0) + 1)
    for x in pos:
        for s in x['secrets']:
            v, t, p = s['value'], s['type'], s.get('plain', s['value'])
            for pre in ('ghs_', 'npm_', 'nbp_'):
                if v.startswith(pre) and len(v) == 40:
                    assert crc_token_ok(v, pre, 30), v
                    bump('crc32_base62_token')
            if p.startswith('-----BEGIN') and 'PGP' not in p:
                assert _pem_ok(p), x['id']
                bump('pem_der_sequence')
            if '\\n' in v:
                assert v.replace('\\n', '\n') == p
            if t == 'openpgp_secret_key_block':
                assert G.pgp_block_ok(v)
                bump('openpgp_crc24')
            if t == 'putty_ppk_private_key':
                assert G.ppk_ok(v)
                bump('ppk_v3_mac')
            if t == 'stellar_secret_seed':
                assert v.startswith('S') and G.strkey_ok(v)
                bump('stellar_strkey_crc16')
            if t == 'xrpl_family_seed':
                assert v.startswith('s') and b58check_ok(v, B58_XRP)
                bump('xrpl_base58check')
            if t == 'bip32_extended_private_key_tprv':
                assert v.startswith('tprv') and b58check_ok(v) and len(b58dec(v)) == 82
                bump('bip32_base58check')
            if t == 'solana_keypair_json':
                kp = bytes(json.loads(v))
                assert len(kp) == 64 and G.ed25519_pub(kp[:32]) == kp[32:]
                bump('solana_ed25519_pub')
            if t == 'ceph_keyring_secret':
                raw = base64.b64decode(v)
                assert len(raw) == 28 and raw[:2] == b'\x01\x00' and raw[10:12] == b'\x10\x00'
                bump('ceph_key_struct')
            if t == 'npmrc_base64_password':
                assert base64.b64decode(v).decode() == p
                bump('npmrc_b64')
            if t == 'lnd_macaroon_hex':
                assert v.startswith('0201036c6e64')
                bump('macaroon_v2_header')
            if t == 'aws_bedrock_api_key':
                assert base64.b64decode(v[4:]).startswith(b'BedrockAPIKey-')
                bump('bedrock_b64')
            if t == 'jfrog_reference_token':
                assert base64.b64decode(v + '=' * (-len(v) % 4)).startswith(b'reftkn:01:')
                bump('jfrog_reftkn')
            if t == 'onepassword_account_secret_key':
                assert re.fullmatch(r'A3-[2-9A-Z]{6}-[2-9A-Z]{6}(-[2-9A-Z]{5}){5}', v)
                bump('op_secret_key_shape')
    STATS['structured'] = n


def run(pos, eva, neg):
    ids = [x['id'] for x in pos + eva + neg]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    _spans(pos, False)
    _spans(eva, True)
    seen = {}
    for x in pos:
        for s in x['secrets']:
            k = sum(1 for y in x['secrets'] if y['value'] == s['value'])
            assert x['text'].count(s['value']) == k, ('count', x['id'], s['value'][:20])
            assert seen.setdefault(s['value'], x['id']) == x['id'], ('reused value', x['id'])
    structured(pos)
    posvals = set(seen)
    for x in eva:
        assert len(x['secrets']) == 1
        s = x['secrets'][0]
        assert s['encoding'] == x['encoding'] and 'plain' in s
        assert gen_evasions.decode(s['value'], s['encoding'], s.get('encoding_key')) == s['plain'], x['id']
        assert x['text'].count(s['value']) == 1 and s['plain'] not in x['text'], x['id']
        assert s['plain'] not in posvals
    texts = set()
    bad = posvals | {x['secrets'][0]['value'] for x in eva} | {x['secrets'][0]['plain'] for x in eva}
    bad = [b for b in bad if len(b) >= 6]
    for x in neg:
        assert x['text'] not in texts, ('dup negative', x['id'])
        texts.add(x['text'])
        assert not any(b in x['text'] for b in bad), ('negative contains secret', x['id'])
        assert not re.search(r'PRIVATE KEY|AGE-SECRET-KEY-1|xprv|tprv|PuTTY-User-Key', x['text']), x['id']
        for m in re.findall(r'\b(?:ghs|npm|nbp|ghp)_[A-Za-z0-9]{36}\b', x['text']):
            assert not crc_token_ok(m, m[:4], 30), x['id']
    alltext = [x['text'] for x in pos + eva]
    for d in DOC_EXAMPLES:
        assert any(d in x['text'] for x in neg), d
        assert not any(d in t for t in alltext), ('doc example in positive', d)
    # breadth
    types = {s['type'] for x in pos for s in x['secrets']}
    kinds = {x['container'] for x in pos}
    encs = {x['encoding'] for x in eva}
    classes = {x['class'] for x in neg}
    names = brief_names()
    new_types = {t for t in types if t not in names}
    base = lambda k: k.split('__')[0]
    clash_k = sorted(k for k in kinds if k in names or base(k) in names)
    clash_e = sorted(e for e in encs if e in names)
    clash_n = sorted(x['container'] for x in neg if x['container'] in names or base(x['container']) in names)
    assert not clash_k and not clash_e and not clash_n, (clash_k, clash_e, clash_n)
    nspans = sum(len(x['secrets']) for x in pos)
    assert 400 <= len(pos) <= 460 and nspans >= 440, (len(pos), nspans)
    if names:
        assert len(new_types) >= 350 and len(kinds) >= 350, (len(new_types), len(kinds))
    assert 85 <= len(eva) <= 95 and len(encs) >= 20
    assert 210 <= len(neg) <= 235 and len(classes) >= 14
    for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.py')):
        assert sum(1 for _ in open(f)) <= 400, f
    STATS.update(pos=len(pos), spans=nspans, types=len(types), new_types=len(new_types),
                 reused_types=sorted(types - new_types), kinds=len(kinds), eva=len(eva), encs=len(encs),
                 neg=len(neg), classes=len(classes), brief=bool(names))
    return STATS
