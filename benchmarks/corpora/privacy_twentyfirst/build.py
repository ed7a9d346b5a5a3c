#!/usr/bin/env python3
"""privacy_twentyfirst builder: python3 build.py  (stdlib only, fixed seeds, writes nothing if a check fails)"""
import json, os, re, sys, random, base64, hashlib, hmac, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import gh_valid, bech32_valid, wif_valid, B64
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings
from gen_decoders import DEC
import readme

BRIEF = '/tmp/brief21'; BRIEF_FILES = ['privacy_nineteenth_README.md', 'privacy_twentieth_README.md']
FAIL = []
def check(cond, msg):
    if not cond: FAIL.append(msg)

def brief_names():
    frozen = json.load(open(os.path.join(HERE, 'brief_names.json'), encoding='utf-8'))
    if all(os.path.exists(os.path.join(BRIEF, f)) for f in BRIEF_FILES):
        live = set()
        for f in BRIEF_FILES:
            live |= set(re.findall(r'`([^`]+)`', open(os.path.join(BRIEF, f), encoding='utf-8').read()))
        check(sorted(live) == frozen['names'], 'brief_names.json differs from the READMEs')
    return set(frozen['names'])

def main():
    deny = brief_names()
    ev = gen_everyday.gen(random.Random(21001))
    ve = gen_vendor.gen(random.Random(21002))
    pw = gen_passwords.gen(random.Random(21003))
    pr = gen_prose.gen(random.Random(21004))
    pos = ev + ve + pw + pr
    posvals = {s['value'] for rec in pos for s in rec['secrets']}
    es = gen_evasions.gen(random.Random(21005), posvals)
    ng = gen_negatives.gen(random.Random(21006))
    for i, rec in enumerate(pos): rec['id'] = 'p21-s-%04d' % (i + 1)
    for i, rec in enumerate(es): rec['id'] = 'p21-e-%04d' % (i + 1)
    for i, rec in enumerate(ng): rec['id'] = 'p21-n-%04d' % (i + 1)
    stats = {'checksums': {}}
    def cs(name, ok, what):
        stats['checksums'][name] = stats['checksums'].get(name, 0) + 1
        check(ok, 'checksum %s failed: %s' % (name, what))

    # ids
    ids = [r['id'] for r in pos + es + ng]
    check(len(ids) == len(set(ids)), 'duplicate ids')
    # spans
    seen = {}
    for rec in pos + es:
        t = rec['text']; sp = rec['secrets']
        check(len(sp) >= 1, rec['id'] + ' no spans')
        check(rec['type'] == sp[0]['type'], rec['id'] + ' type != first span type')
        last = -1
        for s in sp:
            check(t[s['start']:s['end']] == s['value'], rec['id'] + ' span mismatch')
            check(s['start'] >= last, rec['id'] + ' spans unsorted/overlap'); last = s['end']
            check(s['value'] == s['value'].strip(), rec['id'] + ' edge whitespace')
        for v in {s['value'] for s in sp}:
            n = len([s for s in sp if s['value'] == v])
            check(t.count(v) == n, rec['id'] + ' labelled value occurs %d times, labelled %d' % (t.count(v), n))
            check(v not in seen or seen[v] == rec['id'], rec['id'] + ' value reused from ' + str(seen.get(v)))
            seen[v] = rec['id']
        json.loads(json.dumps(rec, ensure_ascii=False))
    # structured values
    for rec in pos + es:
        for s in rec['secrets']:
            v = s.get('plain', s['value'])
            if re.fullmatch(r'(ghp|ghs|npm)_[A-Za-z0-9]{36}', v): cs('github_style_crc32_base62', gh_valid(v), v)
            if v.startswith('AGE-SECRET-KEY-1'): cs('bech32_age_secret_key', bech32_valid(v), v)
            if v.startswith('nsec1'): cs('bech32_nostr_nsec', bech32_valid(v), v)
            if s['type'] == 'bitcoin_wif_private_key': cs('base58check_wif', wif_valid(v), v)
            if s['type'] == 'wireguard_private_key':
                b = base64.b64decode(v); cs('x25519_clamped_key', len(b) == 32 and b[0] & 7 == 0 and b[31] & 128 == 0 and b[31] & 64, v)
            if s['type'] == 'cloudflare_tunnel_token':
                j = json.loads(base64.b64decode(v + '=' * (-len(v) % 4))); cs('cloudflare_tunnel_json', set(j) == {'a', 't', 's'}, v)
            if v.count('.') == 2 and v.split('.')[0].startswith('eyJ'):
                h_, p_ = v.split('.')[:2]
                try:
                    json.loads(base64.urlsafe_b64decode(h_ + '=' * (-len(h_) % 4))); ok = True
                    json.loads(base64.urlsafe_b64decode(p_ + '=' * (-len(p_) % 4)))
                except Exception: ok = False
                cs('jwt_segments_decode', ok, v)
    # evasions
    encs = {}
    for rec in es:
        s = rec['secrets'][0]
        check(len(rec['secrets']) == 1, rec['id'] + ' >1 span')
        check(s['encoding'] == rec['encoding'], rec['id'] + ' encoding mismatch')
        key = s.get('encoding_key')
        check((key is not None) == (rec['encoding'] in gen_encodings.KEYED), rec['id'] + ' encoding_key presence')
        if key: check(key in rec['text'][:s['start']] + rec['text'][s['end']:], rec['id'] + ' key not stated')
        try: dec = DEC[rec['encoding']](s['value'], key)
        except Exception as e: dec = 'ERR %r' % e
        check(dec == s['plain'], rec['id'] + ' does not decode: ' + rec['encoding'])
        check(s['plain'] not in rec['text'], rec['id'] + ' plain verbatim')
        check(s['plain'] not in posvals, rec['id'] + ' plain is a positive value')
        encs[rec['encoding']] = encs.get(rec['encoding'], 0) + 1
    # negatives
    bad = [v for v in posvals if len(v) >= 6] + [r['secrets'][0]['value'] for r in es] + [r['secrets'][0]['plain'] for r in es]
    texts = set()
    for rec in ng:
        check(rec['text'] not in texts, rec['id'] + ' duplicate text'); texts.add(rec['text'])
        for v in bad: check(v not in rec['text'], rec['id'] + ' contains a positive/evasion value')
        for m in re.findall(r'(?:ghp|ghs|npm)_[A-Za-z0-9]{36}', rec['text']): check(not gh_valid(m), rec['id'] + ' valid gh token')
        check('PRIVATE KEY' not in rec['text'], rec['id'] + ' private key')
    alltext_pos = '\n'.join(r['text'] for r in pos + es)
    negtext = '\n'.join(r['text'] for r in ng)
    for kind, (txt, vals) in gen_negatives.DOCS.items():
        for v in vals:
            check(v in negtext and v not in alltext_pos, 'doc value misplaced: ' + v)
    check(gen_negatives.JWT_IO_SIG in negtext, 'jwt.io signature not re-derived')
    check(gen_negatives.RFC4231_2 in negtext, 'RFC 4231 case 2 not re-derived')
    check(gen_negatives.RFC3962_1 in negtext, 'RFC 3962 vector not re-derived')
    # counts
    check(len(ev) == 240 and 190 <= len(ve) <= 230 and 95 <= len(pw) <= 125 and len(pr) == 40, 'part counts')
    check(len({r['lang'] for r in pr}) == 40, 'languages')
    check(len(es) == 99 and len(encs) == 33 and set(encs.values()) == {3}, 'evasion counts')
    check(len(ng) >= 220 and len({r['class'] for r in ng}) == 16, 'negative counts')
    # overlap with brief names
    overlaps = []
    def dn(names, what):
        for n in names:
            if n in deny: overlaps.append('%s: %s' % (what, n))
    for rec in pos + es + ng:
        dn([rec['container']] + [p for p in rec['container'].split('__') if p], 'container')
    dn(gen_vendor.STYLES, 'vendor style'); dn(gen_encodings.ENC, 'encoding'); dn(gen_evasions.W, 'evasion wording')
    dn(gen_prose.S, 'language'); dn(gen_prose.F, 'prose format')
    dn({r['type'] for r in ve + pw}, 'span type'); dn(gen_negatives.WRAP, 'negative wrapper'); dn([w.strip('_') for w in gen_negatives.WRAP], 'negative wrapper')
    for o in overlaps: check(False, 'deny-list overlap ' + o)
    if FAIL:
        print('BUILD FAILED (%d):' % len(FAIL)); [print('  ' + f) for f in FAIL[:60]]; sys.exit(1)
    for rec in pos + es + ng:
        rec.pop('style', None); rec.pop('lang', None)
    order_pos = ['id', 'type', 'container', 'text', 'secrets', 'source']
    out = {
        'secrets.jsonl': [{k: r[k] for k in order_pos} for r in pos],
        'evasions.jsonl': [{k: r[k] for k in ['id', 'type', 'encoding', 'container', 'text', 'secrets', 'source']} for r in es],
        'negatives.jsonl': [{k: r[k] for k in ['id', 'class', 'container', 'text', 'source']} for r in ng],
    }
    md = readme.render(ev, ve, pw, pr, es, ng, stats, len(deny))
    for fn, rows in out.items():
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            for row in rows: f.write(json.dumps(row, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f: f.write(md)
    print('ok: %d positives, %d evasions, %d negatives' % (len(pos), len(es), len(ng)))

if __name__ == '__main__':
    main()
