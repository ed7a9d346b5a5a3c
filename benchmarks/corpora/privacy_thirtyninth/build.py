"""Build the p39 corpus: python3 build.py  (python3 build.py --freeze rewrites brief_names.json)."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_decoders
from gen_encodings import ENC

HERE = os.path.dirname(os.path.abspath(__file__))
MARKERS = ['{V}', '{P}', '{P2}', '{A}', '{Z}', '{N}', '{LAB}', '{VEN}', '{ENV}', '{ENV_LOWER}', '{OCR}', '{PHRASE}', '{LEN}', '\x00']


def generate(frozen):
    common.USED.clear()
    ev = gen_everyday.build()
    ve, vstyles = gen_vendor.build()
    pw, psuf = gen_passwords.build()
    pr, pformats, dropped = gen_prose.build(frozen)
    es, wordings, layouts = gen_evasions.build()
    ng, wrappers, dockinds, basekinds, docvals = gen_negatives.build()
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos):
        x['id'] = 'p39-s-%04d' % (i + 1)
    for i, x in enumerate(es):
        x['id'] = 'p39-e-%04d' % (i + 1)
    for i, x in enumerate(ng):
        x['id'] = 'p39-n-%04d' % (i + 1)
    meta = dict(vstyles=vstyles, psuf=psuf, pformats=pformats, dropped=dropped, wordings=wordings, layouts=layouts,
                wrappers=wrappers, dockinds=dockinds, basekinds=basekinds, docvals=docvals)
    return pos, es, ng, meta


POS_KEYS = ['id', 'type', 'container', 'text', 'secrets', 'source']
EVA_KEYS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
NEG_KEYS = ['id', 'class', 'container', 'text', 'source']


def dump(recs, keys):
    return ''.join(json.dumps({k: x[k] for k in keys}, ensure_ascii=False) + '\n' for x in recs).encode('utf-8')


def own_names(pos, es, ng, meta):
    own = []
    for x in pos:
        if x['source'] == 'everyday':
            own.append(('everyday_kind', x['container']))
        elif x['source'] in ('vendor', 'password'):
            own.append((x['source'] + '_type', x['type']))
        else:
            own.append(('prose_format', x['container'].split('__')[0]))
            own.append(('prose_type', x['type']))
    own += [('new_everyday_type', t) for t in ('wifi_network_passphrase', 'shared_mailbox_password', 'booking_system_admin_password')]
    own += [('vendor_style', s) for s in meta['vstyles']] + [('password_suffix', s) for s in meta['psuf']]
    own += [('encoding', e) for e in ENC] + [('wording', w) for w, _ in meta['wordings']] + [('layout', l) for l in meta['layouts']]
    own += [('neg_base', b) for b in meta['basekinds']] + [('neg_wrapper', w) for w in meta['wrappers']] + [('doc_kind', d) for d in meta['dockinds']]
    own += [('neg_class_new', c) for c in ('form_field_label_lookalike', 'payment_or_reference_number')]
    return sorted(set(own))


def check(pos, es, ng, meta, frozen):
    idre = {'s': re.compile(r'p39-s-\d{4}$'), 'e': re.compile(r'p39-e-\d{4}$'), 'n': re.compile(r'p39-n-\d{4}$')}
    ids = [x['id'] for x in pos + es + ng]
    assert len(ids) == len(set(ids))
    for k, recs in (('s', pos), ('e', es), ('n', ng)):
        for x in recs:
            assert idre[k].match(x['id']), x['id']
            assert json.loads(json.dumps(x, ensure_ascii=False)) == x
            for m in MARKERS:
                assert m not in x['text'], (x['id'], m)
    values = {}
    for x in pos + es:
        sp = x['secrets']
        assert sp and x['type'] == sp[0]['type'], x['id']
        assert sp == sorted(sp, key=lambda s: s['start'])
        for s in sp:
            assert x['text'][s['start']:s['end']] == s['value'], x['id']
            assert s['value'] == s['value'].strip() and s['value'], x['id']
            values.setdefault(s['value'], set()).add(x['id'])
        for v in set(s['value'] for s in sp):
            assert x['text'].count(v) == sum(1 for s in sp if s['value'] == v), (x['id'], v)
    for v, owners in values.items():
        assert len(owners) == 1, ('value reused', v, owners)
    # evasions
    for name, code in gen_decoders.SELF_TESTS:
        assert gen_decoders.DEC[name](code) == 'Hi7', name
    assert set(ENC) == set(gen_decoders.DEC) and len(ENC) == 22
    plains = set()
    posvals = set(s['value'] for x in pos for s in x['secrets'])
    for x in es:
        s = x['secrets'][0]
        assert s['encoding'] == x['encoding']
        assert gen_decoders.DEC[s['encoding']](s['value']) == s['plain'], x['id']
        assert s['plain'] not in plains and s['plain'] not in posvals
        plains.add(s['plain'])
        assert s['plain'] not in x['text'], x['id']
        ph = x['_phrase']
        assert ph in x['text'] and x['text'].index(ph) + len(ph) <= s['start'], x['id']
    from collections import Counter
    assert all(c == 3 for c in Counter(x['encoding'] for x in es).values())
    # negatives
    texts = [x['text'] for x in ng]
    assert len(texts) == len(set(texts))
    banned = [v for v in posvals | plains | set(s['value'] for x in es for s in x['secrets']) if len(v) >= 6]
    for x in ng:
        assert 'PRIVATE KEY' not in x['text']
        for v in banned:
            assert v not in x['text'], (x['id'], v)
    for dv in meta['docvals']:
        assert any(dv in t for t in texts)
        assert not any(dv in x['text'] for x in pos + es), dv
    # deny-list and languages
    denylist.check_names(own_names(pos, es, ng, meta), frozen)
    for x in pos:
        if x['source'] == 'prose':
            assert denylist.check_language(*x['_lang'], frozen), x['_lang']
    # counts
    src = Counter(x['source'] for x in pos)
    assert src['everyday'] == 180 and len(set(x['container'] for x in pos if x['source'] == 'everyday')) == 45
    assert 100 <= src['vendor'] <= 160 and 90 <= src['password'] <= 120 and src['prose'] == 40
    assert len(set(x['_lang'][0] for x in pos if x['source'] == 'prose')) == 40
    assert len(es) == 66 and len(ng) >= 180 and len(set(x['class'] for x in ng)) == 16
    for s in ('vendor', 'password'):
        ts = [x['type'] for x in pos if x['source'] == s]
        assert len(ts) == len(set(ts))


def mutation_tests(pos, es, ng, meta, frozen):
    def must_fail(f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(es), copy.deepcopy(ng)
        f(p, e, n)
        try:
            check(p, e, n, meta, frozen)
        except (AssertionError, SystemExit, KeyError, AttributeError):
            return
        raise SystemExit('mutation not caught')
    must_fail(lambda p, e, n: p[0]['secrets'][0].__setitem__('start', p[0]['secrets'][0]['start'] + 1))
    must_fail(lambda p, e, n: n[0].__setitem__('text', n[0]['text'] + ' ' + p[5]['secrets'][0]['value']))
    must_fail(lambda p, e, n: e[0]['secrets'][0].__setitem__('plain', 'Wrong123abc'))
    must_fail(lambda p, e, n: p[3].__setitem__('text', p[3]['text'] + ' ' + p[3]['secrets'][0]['value']))
    must_fail(lambda p, e, n: p[0].__setitem__('container', 'tmux_capture_pane_dump'))
    must_fail(lambda p, e, n: n[1].__setitem__('text', n[1]['text'] + ' ' + e[2]['secrets'][0]['plain']))


def main():
    if '--freeze' in sys.argv:
        denylist.freeze(); return
    frozen = denylist.load()
    out = []
    for _ in range(2):
        pos, es, ng, meta = generate(frozen)
        check(pos, es, ng, meta, frozen)
        import readme
        md = readme.render(pos, es, ng, meta, frozen, own_names(pos, es, ng, meta)).encode('utf-8')
        out.append((dump(pos, POS_KEYS), dump(es, EVA_KEYS), dump(ng, NEG_KEYS), md))
    assert out[0] == out[1], 'non-deterministic'
    mutation_tests(pos, es, ng, meta, frozen)
    for name, data in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl', 'README.md'], out[0]):
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
    print('ok: %d positives, %d evasions, %d negatives' % (len(pos), len(es), len(ng)))


if __name__ == '__main__':
    main()
