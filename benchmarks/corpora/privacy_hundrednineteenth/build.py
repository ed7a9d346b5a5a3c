"""p119 builder: generates twice, compares, checks, then writes secrets/evasions/negatives JSONL and README.md."""
import json, os, re, sys, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common119, everyday119, vendor119, positional119, prose119, enc119, dec119, negatives119, readme119
from common119 import Gen, AN, HEX

OUT = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(OUT, 'brief_names.json')
EV_TYPES = [('gs_evasion_mcs_operator_password', lambda g: g.pw()),
            ('gs_evasion_tle_feed_api_key', lambda g: g.tok('', 32, AN)),
            ('gs_evasion_tc_link_hex_key', lambda g: g.tok('', 32, HEX))]
WORDINGS = [('ops_console_puzzle_line', 'Console puzzle for the night shift. The {t} is written {rule}:\n{run}\nSolve it before AOS.'),
            ('mission_wiki_cipher_note', 'Wiki note (do not copy): the {t} below is written {rule}:\n{run}\nDecode it locally.'),
            ('flight_director_handover_riddle', 'FD handover riddle: our {t}, written {rule}:\n{run}\nYou have until LOS.')]


def deny():
    if os.path.isdir(common119.BRIEF):
        texts = [open(os.path.join(common119.BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(common119.BRIEF)) if f.endswith('.md')]
        d = common119.extract_denylist(texts)
        if os.path.exists(FROZEN):
            assert json.load(open(FROZEN)) == d, 'frozen deny-list differs from the briefs'
        return d, True
    return json.load(open(FROZEN)), False


def generate(d):
    used = set(); names = set(d['names']); langs = set(d['langs']); words = set(d['words'])
    ev = everyday119.build(used)
    ve, vdrop = vendor119.build(used, words)
    pw, pdrop = positional119.build(used, d['tokens'])
    assert len(pw) == 100, len(pw)
    pr, rej = prose119.build(used, names, langs, words)
    pos = ev + ve + pw + pr
    for i, r in enumerate(pos): r['id'] = 'p119-s-%04d' % (i + 1)
    g = Gen(11905, used); evs = []
    for i, (enc, (rule, f)) in enumerate(enc119.E.items()):
        for j in range(3):
            t, gen = EV_TYPES[j]; wname, wt = WORDINGS[(i + j) % 3]
            plain = gen(g); run = f(plain)
            pre, post = wt.split('{run}')
            pre = pre.replace('{t}', t.replace('gs_evasion_', '').replace('_', ' ')).replace('{rule}', rule)
            text = pre + run + post
            evs.append({'id': 'p119-e-%04d' % (len(evs) + 1), 'type': t, 'container': enc + '__' + wname, 'text': text,
                        'encoding': enc, 'secrets': [{'value': run, 'start': len(pre), 'end': len(pre) + len(run), 'type': t, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion'})
    neg = negatives119.build()
    for i, r in enumerate(neg): r['id'] = 'p119-n-%04d' % (i + 1)
    order = lambda r, ks: {k: r[k] for k in ks}
    pos = [order(r, ['id', 'type', 'container', 'text', 'secrets', 'source']) for r in pos]
    evs = [order(r, ['id', 'type', 'container', 'text', 'encoding', 'secrets', 'source']) for r in evs]
    neg = [order(r, ['id', 'class', 'container', 'text', 'source']) for r in neg]
    meta = {'vendor_dropped': vdrop, 'pw_dropped': pdrop, 'lang_rejected': rej}
    return pos, evs, neg, meta


def dumps(rs): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rs)


def check(pos, evs, neg, d):
    names = set(d['names']); langs = set(d['langs'])
    ids = [r['id'] for r in pos + evs + neg]
    assert len(ids) == len(set(ids))
    for r, pat in [(r, r'^p119-s-\d{4}$') for r in pos] + [(r, r'^p119-e-\d{4}$') for r in evs] + [(r, r'^p119-n-\d{4}$') for r in neg]:
        assert re.match(pat, r['id']), r['id']
    for r in pos: assert set(r) == {'id', 'type', 'container', 'text', 'secrets', 'source'}
    for r in evs: assert set(r) == {'id', 'type', 'container', 'text', 'encoding', 'secrets', 'source'}
    for r in neg: assert set(r) == {'id', 'class', 'container', 'text', 'source'}
    vals = []
    for r in pos + evs:
        assert len(r['secrets']) == 1 and r['type'] == r['secrets'][0]['type']
        s = r['secrets'][0]; v = s['value']
        assert r['text'][s['start']:s['end']] == v and v.strip() == v and v, r['id']
        assert sum(1 for i in range(len(r['text'])) if r['text'].startswith(v, i)) == 1, r['id']
        assert '\ue000' not in r['text'] and '\x00' not in r['text'] and 'PRIVATE KEY' not in r['text']
        vals.append(v)
    assert len(vals) == len(set(vals)), 'value reused'
    alltext = [r['text'] for r in pos + evs]
    for r in pos + evs:
        v = r['secrets'][0]['value']
        for o in pos + evs:
            if o is not r: assert v not in o['text'], (r['id'], o['id'])
    plains = [r['secrets'][0]['plain'] for r in evs]
    assert len(set(plains)) == len(plains)
    for p in plains:
        assert not any(p in t for t in alltext), p
    for r in evs:
        s = r['secrets'][0]
        assert dec119.decode(s['encoding'], s['value']) == s['plain'], r['id']
        rule = enc119.E[r['encoding']][0]
        assert rule in r['text'][:s['start']]
    negtexts = [r['text'] for r in neg]
    assert len(set(negtexts)) == len(negtexts)
    for v in vals + plains:
        assert not any(v in t for t in negtexts), v
    for r in pos:
        if r['source'] == 'prose':
            s = r['secrets'][0]; t = r['text']
            assert t[s['start'] - 1] == ' ' and t[s['end']] == ' ', r['id']
    # deny-list
    own = set()
    for r in pos + evs: own.update([r['container'], r['type']])
    for r in evs: own.add(r['encoding'])
    for r in neg: own.update([r['class'], r['container']])
    own.update(w for w, _ in WORDINGS)
    bad = []
    for n in own:
        for part in [n] + n.split('__'):
            if part.lower() in names: bad.append((n, part))
    assert not bad, bad
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[1]
            assert code not in names and code not in langs
    # pairwise disjoint span types
    by = {}
    for r in pos: by.setdefault(r['source'], set()).add(r['type'])
    ks = list(by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)): assert not (by[ks[i]] & by[ks[j]])
    assert len(evs) == 66 and len(set(r['class'] for r in neg)) == 16
    assert sum(1 for r in pos if r['source'] == 'prose') == 40


def mutations(pos, evs, neg, d):
    def caught(f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg); f(p, e, n)
        try: check(p, e, n, d)
        except (AssertionError, KeyError, ValueError, IndexError, UnicodeDecodeError): return True
        return False
    ms = [lambda p, e, n: p[0]['secrets'][0].__setitem__('start', p[0]['secrets'][0]['start'] + 1),
          lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + p[5]['secrets'][0]['value']),
          lambda p, e, n: e[0]['secrets'][0].__setitem__('plain', 'x' + e[0]['secrets'][0]['plain']),
          lambda p, e, n: n[1].__setitem__('text', n[0]['text']),
          lambda p, e, n: p[0].__setitem__('id', 'p118-s-0001'),
          lambda p, e, n: n[0].__setitem__('class', 'vin_check_digit_numbers'),
          lambda p, e, n: p[3].__setitem__('container', 'rclone_conf_remote_section'),
          lambda p, e, n: e[1].__setitem__('encoding', 'uuencode_line'),
          lambda p, e, n: p[2].__setitem__('text', p[2]['text'] + ' ' + p[2]['secrets'][0]['value']),
          lambda p, e, n: p[9].__setitem__('text', p[9]['text'] + e[4]['secrets'][0]['plain'])]
    res = [caught(m) for m in ms]
    assert all(res), res
    return len(ms)


def main():
    d, live = deny()
    a = generate(d); b = generate(d)
    A = [dumps(x) for x in a[:3]]; B = [dumps(x) for x in b[:3]]
    assert A == B, 'non-deterministic'
    pos, evs, neg, meta = a
    check(pos, evs, neg, d)
    nm = mutations(pos, evs, neg, d)
    r1 = readme119.render(pos, evs, neg, meta, d, nm); r2 = readme119.render(*generate(d), d, nm)
    assert r1 == r2
    if live and not os.path.exists(FROZEN):
        json.dump(d, open(FROZEN, 'w'), indent=0, sort_keys=True)
    for fn, s in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], A):
        open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(s)
    open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(pos), len(evs), len(neg), meta)


if __name__ == '__main__':
    main()
