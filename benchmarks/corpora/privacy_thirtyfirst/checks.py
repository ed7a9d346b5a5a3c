"""All checks; each raises AssertionError with a message on failure."""
import json, re, collections
from common import crc_valid
import gen_decoders, gen_encodings, gen_negatives, denylist

MARKERS = re.compile(r'\{(V\d|VAR|var|PW|U|D|H|HV|N|BASIC|PBK)\}|[\x00\x01]')
CRC_RE = re.compile(r'(?:ghp_|gho_|ghu_|ghs_|ghr_|npm_)[A-Za-z0-9]{36}')

def check_all(pos, eva, neg, frozen, names, st):
    def ok(c, m):
        if not c: raise AssertionError(m)
    ids = [r['id'] for r in pos + eva + neg]
    ok(len(ids) == len(set(ids)), 'duplicate id')
    for r, p in [(r, 'p31-s-') for r in pos] + [(r, 'p31-e-') for r in eva] + [(r, 'p31-n-') for r in neg]:
        ok(re.fullmatch(re.escape(p) + r'\d{4}', r['id']), 'bad id ' + r['id'])
        ok(json.loads(json.dumps(r, ensure_ascii=False)) == r, 'json round trip ' + r['id'])
    st['ids'] = len(ids)
    owner = {}
    crc_n = 0
    for r in pos + eva:
        sp = r['secrets']
        ok(sp and r['type'] == sp[0]['type'], 'type != first span ' + r['id'])
        last = 0
        cnt = collections.Counter()
        for s in sp:
            ok(r['text'][s['start']:s['end']] == s['value'], 'reslice ' + r['id'])
            ok(s['start'] >= last, 'order/overlap ' + r['id']); last = s['end']
            ok(s['value'] == s['value'].strip(), 'edge whitespace ' + r['id'])
            cnt[s['value']] += 1
        for v, n in cnt.items():
            ok(r['text'].count(v) == n, 'occurrence count ' + r['id'])
            ok(owner.setdefault(v, r['id']) == r['id'], 'value reused ' + r['id'])
        for s in sp:
            for v in [s['value'], s.get('plain')]:
                if v and re.fullmatch(r'(ghp_|npm_).*', v):
                    ok(crc_valid(v), 'CRC ' + r['id']); crc_n += 1
    st['crc'] = crc_n
    posvals = {s['value'] for r in pos for s in r['secrets']}
    ok(gen_decoders.selftest() == [], 'decoder self-test')
    ok(set(gen_decoders.DEC) == set(gen_encodings.ENC), 'encoder/decoder sets differ')
    plains = set()
    for r in eva:
        ok(len(r['secrets']) == 1, 'evasion span count ' + r['id'])
        s = r['secrets'][0]
        ok(s['encoding'] == r['encoding'] and 'encoding_key' not in s, 'encoding fields ' + r['id'])
        ok(s['encoding'] in gen_decoders.DEC, 'unknown encoding %s (deny-listed: %s)' % (s['encoding'], bool(denylist.overlaps(frozen, [s['encoding']]))))
        ok(gen_decoders.DEC[s['encoding']](s['value']) == s['plain'], 'decoder mismatch ' + r['id'])
        ok(s['plain'] not in r['text'], 'plain verbatim ' + r['id'])
        ok(s['plain'] not in posvals and s['plain'] not in plains, 'plain reused ' + r['id'])
        ok(gen_encodings.ENC[s['encoding']][2] in r['text'][:s['start']], 'encoding not named before span ' + r['id'])
        plains.add(s['plain'])
    texts = set()
    allvals = {v for v in posvals | plains | {r['secrets'][0]['value'] for r in eva} if len(v) >= 6}
    for r in neg:
        ok(r['text'] not in texts, 'dup negative'); texts.add(r['text'])
        for v in allvals:
            ok(v not in r['text'], 'positive value in negative ' + r['id'])
        for m in CRC_RE.findall(r['text']):
            ok(not crc_valid(m), 'valid CRC token in negative ' + r['id'])
        ok('PRIVATE KEY' not in r['text'], 'private key in negative')
    for r in pos + eva + neg:
        ok(not MARKERS.search(r['text']), 'template marker ' + r['id'])
    basic, pbk = gen_negatives.doc_values()
    ok(basic == gen_negatives.DOC_CHECK['basic'] and pbk == gen_negatives.DOC_CHECK['pbkdf2'], 'doc recompute')
    docvals = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', basic, pbk, 'your-256-bit-secret', 'Circle Of Life', 'open sesame']
    for d in docvals:
        ok(any(d in r['text'] for r in neg if r['class'] == 'vendor_documentation_value'), 'doc missing ' + d)
        ok(not any(d in r['text'] for r in pos + eva), 'doc value in positive ' + d)
    bad = denylist.overlaps(frozen, names)
    ok(not bad, 'deny-list overlap %r' % bad[:5])
    st['denychecked'] = len(names)
    src = collections.Counter(r['source'] for r in pos)
    ev = collections.Counter(r['container'] for r in pos if r['source'] == 'everyday')
    ok(src['everyday'] == 180 and len(ev) == 45 and set(ev.values()) == {4}, 'everyday counts')
    ok(100 <= src['vendor'] <= 160, 'vendor count'); ok(55 <= src['password'] <= 120, 'password count')
    ok(src['prose'] == 40 and len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) == 40, 'prose count')
    ok(len(eva) == 66 and set(collections.Counter(r['encoding'] for r in eva).values()) == {3} and len(gen_encodings.ENC) == 22, 'evasion count')
    ok(len(neg) >= 180 and len({r['class'] for r in neg}) == 16, 'negative count')
