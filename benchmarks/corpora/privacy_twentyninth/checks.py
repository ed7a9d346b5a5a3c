"""All checks; each failure is collected and the build stops before writing."""
import json, re
from collections import Counter
import denylist, gen_decoders, gen_encodings, gen_negatives
from common import crc_ok

class CheckFailure(Exception):
    pass

def run(pos, eva, neg, frozen, stats):
    fail = []
    def need(cond, msg):
        if not cond:
            fail.append(msg)
    # ids
    ids = [r['id'] for r in pos + eva + neg]
    need(len(ids) == len(set(ids)), 'duplicate ids')
    for r in pos: need(re.fullmatch(r'p29-s-\d{4}', r['id']), 'bad id ' + r['id'])
    for r in eva: need(re.fullmatch(r'p29-e-\d{4}', r['id']), 'bad id ' + r['id'])
    for r in neg: need(re.fullmatch(r'p29-n-\d{4}', r['id']), 'bad id ' + r['id'])
    for r in pos + eva + neg:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, 'json round trip ' + r['id'])
    # spans
    owner = {}
    nspans = 0
    for r in pos + eva:
        t, sp = r['text'], r['secrets']
        need(len(sp) >= 1, 'no spans ' + r['id'])
        need(r['type'] == sp[0]['type'], 'record type != first span type ' + r['id'])
        last = -1
        for s in sp:
            nspans += 1
            need(t[s['start']:s['end']] == s['value'], 'span reslice ' + r['id'])
            need(s['start'] >= last, 'spans unsorted/overlap ' + r['id'])
            last = s['end']
            need(s['value'] == s['value'].strip(), 'edge whitespace ' + r['id'])
            if s['value'] in owner and owner[s['value']] != r['id']:
                fail.append('value reused across records ' + r['id'] + ' ' + owner[s['value']])
            owner[s['value']] = r['id']
        cnt = Counter(s['value'] for s in sp)
        for v, c in cnt.items():
            need(t.count(v) == c, f'value occurs {t.count(v)}x but labelled {c}x in ' + r['id'])
    stats['spans'] = nspans
    stats['distinct_values'] = len(owner)
    # no unfilled template markers
    for r in pos + eva + neg:
        need(not re.search(r'\{(PW2?|VAL|VAR|NAME|name|HNAME|HSCHEME|vendor)\}|\x00', r['text']), 'unfilled template marker ' + r['id'])
    # structured values
    crc = 0
    for r in pos + eva:
        for s in r['secrets']:
            for v in ([s['value']] + ([s['plain']] if 'plain' in s else [])):
                for m in re.finditer(r'\b(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})\b', v):
                    crc += 1; need(crc_ok(m.group(1)), 'bad CRC ' + r['id'])
    stats['crc'] = crc
    # evasions
    plains = set()
    need(gen_decoders.self_test() == [], 'decoder self-test failed: %r' % gen_decoders.self_test())
    need(set(gen_encodings.ENC) == set(gen_decoders.DEC), 'encoder/decoder sets differ')
    posvals = {s['value'] for r in pos for s in r['secrets']}
    for r in eva:
        sp = r['secrets']
        need(len(sp) == 1 and 'plain' in sp[0] and sp[0]['encoding'] == r['encoding'], 'evasion span shape ' + r['id'])
        if not sp: continue
        s = sp[0]
        key = None
        if r['encoding'] in gen_encodings.KEYED:
            need('encoding_key' in s, 'missing key ' + r['id'])
            k = s.get('encoding_key', '')
            need(k and k in r['text'][:s['start']] + r['text'][s['end']:], 'key not stated outside span ' + r['id'])
            m = re.fullmatch(r'a=(\d+), b=(\d+)', k)
            key = (int(m.group(1)), int(m.group(2))) if m else None
        else:
            need('encoding_key' not in s, 'unexpected key ' + r['id'])
        try:
            got = gen_decoders.DEC[r['encoding']](s['value'], key)
        except Exception as e:
            got = 'ERR ' + repr(e)
        need(got == s['plain'], 'decoder mismatch ' + r['id'])
        need(s['plain'] not in r['text'], 'plain verbatim ' + r['id'])
        need(s['plain'] not in plains, 'plain reused ' + r['id'])
        need(s['plain'] not in posvals, 'plain is a positive value ' + r['id'])
        plains.add(s['plain'])
    # negatives
    texts = [r['text'] for r in neg]
    need(len(texts) == len(set(texts)), 'duplicate negative texts')
    allvals = [v for v in posvals if len(v) >= 6] + [s['value'] for r in eva for s in r['secrets']] + list(plains)
    for r in neg:
        for v in allvals:
            if v in r['text']:
                fail.append('positive/evasion value in negative ' + r['id']); break
        for m in re.finditer(r'(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})', r['text']):
            need(not crc_ok(m.group(1)), 'checksum-valid token in negative ' + r['id'])
        need('PRIVATE KEY' not in r['text'], 'private key in negative ' + r['id'])
    byc = {r['container']: r for r in neg}
    alltext = ''.join(r['text'] for r in pos + eva)
    for name, (val, txt, fn, expect) in gen_negatives.DOCS.items():
        need(name in byc, 'documentation record missing ' + name)
        if name in byc:
            need(val in byc[name]['text'], 'doc value absent ' + name)
        if len(val) >= 8:
            need(val not in alltext, 'doc value in positives ' + name)
        if fn:
            need(fn() == expect and expect in txt, 'recomputed doc value differs ' + name)
    # deny-list
    wide = denylist.widened(frozen)
    cands = set()
    for r in pos:
        cands.add(r['container'])
        if r['source'] in ('vendor', 'password'):
            for s in r['secrets']: cands.add(s['type'])
    for r in eva:
        cands.add(r['container']); cands.add(r['encoding'])
    for r in neg:
        cands.add(r['container'])
    import gen_prose, gen_vendor, gen_evasions
    for c, n, _, _ in gen_prose.LANGS:
        cands.add(c); cands.add(n); cands.add(re.sub(r'\s*\(.*\)', '', n))
    cands.update(gen_prose.FORMATS); cands.update(gen_vendor.ENV_STYLES); cands.update(gen_vendor.HEADER_STYLES)
    cands.update(gen_evasions.WORDINGS); cands.update(gen_negatives.WRAPPERS)
    bad = denylist.overlaps(sorted(cands), wide)
    need(not bad, 'deny-list overlap: %r' % bad[:10])
    stats['denylist_compared'] = len(cands)
    stats['denylist_frozen'] = len(frozen)
    # counts
    src = Counter(r['source'] for r in pos)
    ev_kinds = Counter(r['container'] for r in pos if r['source'] == 'everyday')
    need(src['everyday'] == 180 and len(ev_kinds) == 45 and set(ev_kinds.values()) == {4}, 'everyday counts')
    need(140 <= src['vendor'] <= 160, 'vendor count')
    need(len({r['container'].split('__')[1] for r in pos if r['source'] == 'vendor'}) == 20, 'vendor styles')
    need(90 <= src['password'] <= 120, 'password count')
    need(src['prose'] == 40 and len({r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}) == 40, 'prose count')
    pf = Counter(r['container'].split('__')[0] for r in pos if r['source'] == 'prose')
    need(len(pf) == 10 and set(pf.values()) == {4}, 'prose formats')
    ec = Counter(r['encoding'] for r in eva)
    need(len(ec) == 22 and set(ec.values()) == {3}, 'evasion counts')
    nc = Counter(r['class'] for r in neg)
    need(len(nc) == 16 and len(neg) >= 180, 'negative counts')
    if fail:
        raise CheckFailure('\n'.join(fail))
    return stats
