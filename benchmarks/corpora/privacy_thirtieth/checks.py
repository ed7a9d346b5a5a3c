"""All checks; each raises AssertionError with a message on failure."""
import json, re
from collections import Counter
import common, denylist, gen_decoders, gen_encodings, gen_negatives


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


MARKERS = re.compile(r'\{(VAL|VAL2|VAR|VARL|VARK|NAME|LNAME|CNAME|HNAME|SCHEME|HOST|PW|PW2|MSG|A|B|KEY)\}|\x00')


def run(pos, eva, neg, names, frozen):
    stats = {}
    ids = [x['id'] for x in pos + eva + neg]
    need(len(ids) == len(set(ids)), 'duplicate ids')
    for x in pos: need(re.fullmatch(r'p30-s-\d{4}', x['id']), 'bad id ' + x['id'])
    for x in eva: need(re.fullmatch(r'p30-e-\d{4}', x['id']), 'bad id ' + x['id'])
    for x in neg: need(re.fullmatch(r'p30-n-\d{4}', x['id']), 'bad id ' + x['id'])
    for x in pos + eva + neg:
        need(json.loads(json.dumps(x, ensure_ascii=False)) == x, 'json round trip ' + x['id'])
        need(not MARKERS.search(x['text']), 'template marker left in ' + x['id'])
    allvals = {}
    for x in pos + eva:
        sp = x['secrets']
        need(sp, 'no spans ' + x['id'])
        need(x['type'] == sp[0]['type'], 'type != first span type ' + x['id'])
        last = -1
        for s in sp:
            need(x['text'][s['start']:s['end']] == s['value'], 'span reslice ' + x['id'])
            need(s['start'] >= last, 'spans unsorted/overlapping ' + x['id'])
            last = s['end']
            need(s['value'] == s['value'].strip(), 'edge whitespace ' + x['id'])
        cnt = Counter(s['value'] for s in sp)
        for v, c in cnt.items():
            need(x['text'].count(v) == c, f'value occurs {x["text"].count(v)}x, labelled {c}x in {x["id"]}')
            need(v not in allvals or allvals[v] == x['id'], f'value reused across {allvals.get(v)} and {x["id"]}')
            allvals[v] = x['id']
        for s in sp:
            for p in ('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_'):
                for v in (s['value'], s.get('plain', '')):
                    if v.startswith(p):
                        need(common.crc_ok(v), 'bad checksum ' + x['id'])
                        stats['crc'] = stats.get('crc', 0) + 1
    for x in pos:
        if x['source'] == 'prose':
            need(not any(ch in x['secrets'][0]['value'] for ch in '"\\<>&'), 'prose escaping ' + x['id'])
    # evasions
    tests = gen_decoders.self_tests()
    need(all(tests), 'decoder self-test failed: %r' % tests)
    stats['selftests'] = len(tests)
    need(set(gen_encodings.ENC) == set(gen_decoders.DEC), 'encoder/decoder sets differ')
    plains = set()
    posvals = {s['value'] for x in pos for s in x['secrets']}
    for x in eva:
        need(len(x['secrets']) == 1, 'evasion span count ' + x['id'])
        s = x['secrets'][0]
        need('plain' in s and s['encoding'] == x['encoding'], 'evasion fields ' + x['id'])
        need(gen_decoders.DEC[s['encoding']](s['value'], s.get('encoding_key')) == s['plain'], 'decoder mismatch ' + x['id'])
        need(s['plain'] not in x['text'], 'plain verbatim in text ' + x['id'])
        keyed = gen_encodings.ENC[s['encoding']][2]
        need(('encoding_key' in s) == keyed, 'encoding_key presence ' + x['id'])
        if keyed:
            outside = x['text'][:s['start']] + x['text'][s['end']:]
            need(s['encoding_key'] in outside, 'key not stated outside span ' + x['id'])
        need(s['plain'] not in plains and s['plain'] not in posvals, 'plain reused ' + x['id'])
        plains.add(s['plain'])
    # negatives
    texts = [x['text'] for x in neg]
    need(len(texts) == len(set(texts)), 'duplicate negative texts')
    bad = [v for v in allvals if len(v) >= 6] + list(plains)
    for x in neg:
        for v in bad:
            need(v not in x['text'], 'positive/evasion value in negative ' + x['id'])
        need('PRIVATE KEY' not in x['text'], 'private key in negative ' + x['id'])
        for m in re.finditer(r'(?:ghp|gho|ghu|ghs|ghr|npm)_[A-Za-z0-9]{36}', x['text']):
            need(not common.crc_ok(m.group(0)), 'checksum-valid token in negative ' + x['id'])
    for kind, val in gen_negatives.DOC_VALUES.items():
        need(any(x['container'] == kind and val in x['text'] for x in neg), 'doc value missing ' + kind)
        for x in pos + eva:
            need(val not in x['text'], 'doc value in positive ' + x['id'])
    need(gen_negatives.recomputed_ok(), 'documentation vectors do not recompute')
    # deny-list
    ov = denylist.overlaps(names, frozen)
    need(not ov, 'deny-list overlap: %r' % ov[:5])
    stats['names_compared'] = len(set(names))
    # counts
    src = Counter(x['source'] for x in pos)
    kinds = Counter(x['container'] for x in pos if x['source'] == 'everyday')
    need(src['everyday'] == 180 and len(kinds) == 45 and set(kinds.values()) == {4}, 'everyday counts')
    need(100 <= src['vendor'] <= 160, 'vendor count')
    need(55 <= src['password'] <= 120, 'password count')
    need(src['prose'] == 40 and len({x['container'].split('__')[0] for x in pos if x['source'] == 'prose'}) == 10, 'prose count')
    need(len(eva) == 66 and set(Counter(x['encoding'] for x in eva).values()) == {3}, 'evasion counts')
    need(len(neg) >= 180 and len({x['class'] for x in neg}) == 16, 'negative counts')
    return stats
