"""Build corpus p132. Python 3 stdlib only, fixed seeds, no clock, no network."""
import json, os, sys, random, copy, re, string
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common132 import *
import everyday132, vendor132, positional132, prose132, negatives132, enc132, dec132, readme132

EV_TYPES = ['attraction_evasion_ride_hmi_password', 'attraction_evasion_queue_api_key', 'attraction_evasion_wristband_hex_key']
EV_WORDINGS = ['escape_room_clue_card', 'ride_ops_forum_riddle', 'show_booth_sticky_note']

def evasions(used, seed=13205):
    r = random.Random(seed); out = []
    for i, enc in enumerate(enc132.E):
        for j in range(3):
            while True:
                t = EV_TYPES[j]
                if j == 0: p = owner_pw(r)
                elif j == 1: p = 'qx_' + rs(r, A62, 24)
                else: p = rs(r, HEX, 32)
                if p not in used: break
            used.add(p)
            run = enc132.E[enc](p)
            w = EV_WORDINGS[(i + j) % 3]
            rule = enc132.RULES[enc]
            pre = {'escape_room_clue_card': 'Clue card for the IT team: the %s is written %s:\n',
                   'ride_ops_forum_riddle': 'Forum riddle (ride ops): I wrote the %s %s:\n',
                   'show_booth_sticky_note': 'Sticky note in the show booth - %s, %s:\n'}[w]
            label = {0: 'HMI password', 1: 'queue engine key', 2: 'wristband encoder key'}[j]
            text = pre % (label, rule) + run + '\n' + 'Decode it yourself, it is not stored anywhere else.'
            s = text.index(run, len(pre % (label, rule)))
            out.append({'type': t, 'container': enc + '__' + w, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': t, 'plain': p, 'encoding': enc}], 'source': 'evasion'})
    return out

def generate(deny):
    ev = everyday132.generate()
    vd, vdrop = vendor132.generate(set(deny['words']))
    pw, pdrop = positional132.generate(deny['tokens'])
    pr, ldrop = prose132.generate(deny)
    langs = [x.pop('_lang') for x in pr]
    pos = ev + vd + pw + pr
    for i, x in enumerate(pos):
        x['id'] = 'p132-s-%04d' % (i + 1)
    pos = [{k: x[k] for k in ['id', 'type', 'container', 'text', 'secrets', 'source']} for x in pos]
    used = set(x['secrets'][0]['value'] for x in pos)
    evs = evasions(set(used))
    for i, x in enumerate(evs):
        x['id'] = 'p132-e-%04d' % (i + 1)
    evs = [{k: x[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']} for x in evs]
    neg = negatives132.generate()
    for i, x in enumerate(neg):
        x['id'] = 'p132-n-%04d' % (i + 1)
    neg = [{k: x[k] for k in ['id', 'class', 'container', 'text', 'source']} for x in neg]
    meta = {'vdrop': vdrop, 'pdrop': pdrop, 'ldrop': ldrop, 'langs': langs}
    return pos, evs, neg, meta

def dumps(recs):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs)

def own_names(pos, evs, neg):
    n = {}
    n['everyday container kinds'] = [k for k, _ in everyday132.KINDS]
    n['everyday span types'] = everyday132.TYPES
    n['vendor types'] = [v[0] for v in vendor132.VENDORS]
    n['vendor styles'] = [s for s, _ in vendor132.STYLES]
    n['password syntaxes'] = [s[0] for s in positional132.SYN] + ['thpw_' + s[0] for s in positional132.SYN]
    n['password suffixes'] = positional132.SUFFIXES
    n['prose formats'] = prose132.FORMATS + ['ride_console_password_told_in_prose']
    n['encodings'] = list(enc132.E)
    n['evasion types and wordings'] = EV_TYPES + EV_WORDINGS
    n['negative classes'] = list(negatives132.B)
    n['negative base kinds'] = [b for v in negatives132.B.values() for b, _ in v]
    n['negative wrappers'] = [w for w in negatives132.WRAPS if w]
    n['record fields'] = [x['container'] for x in pos + evs + neg] + [x['type'] for x in pos + evs] + [x['class'] for x in neg] + [x['encoding'] for x in evs]
    return n

def check(pos, evs, neg, deny, meta):
    errs = []
    names = set(deny['names'])
    for cat, lst in own_names(pos, evs, neg).items():
        for nm in lst:
            for part in [nm] + nm.split('__'):
                if part.lower() in names:
                    errs.append('deny-list overlap %s: %s' % (cat, part))
    for code, name in meta['langs']:
        if code in deny['langs'] or code in names or any(w in deny['langs'] or w in deny['words'] for w in name.lower().split()):
            errs.append('deny-listed language ' + code)
    if len(set(c for c, _ in meta['langs'])) != len(meta['langs']): errs.append('duplicate language')
    ids = [x['id'] for x in pos + evs + neg]
    if len(set(ids)) != len(ids): errs.append('dup ids')
    for x in pos: 
        if not re.fullmatch(r'p132-s-\d{4}', x['id']): errs.append('bad id ' + x['id'])
    for x in evs:
        if not re.fullmatch(r'p132-e-\d{4}', x['id']): errs.append('bad id ' + x['id'])
    for x in neg:
        if not re.fullmatch(r'p132-n-\d{4}', x['id']): errs.append('bad id ' + x['id'])
        if set(x) != {'id', 'class', 'container', 'text', 'source'}: errs.append('neg fields ' + x['id'])
    vals, plains = [], []
    for x in pos + evs:
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if x['source'] == 'evasion' else set())
        if set(x) != want: errs.append('fields ' + x['id'])
        if len(x['secrets']) != 1: errs.append('spans ' + x['id'])
        for s in x['secrets']:
            v = s['value']
            if x['text'][s['start']:s['end']] != v: errs.append('offset ' + x['id'])
            if v != v.strip() or not v: errs.append('edge ws ' + x['id'])
            if s['type'] != x['type']: errs.append('type ' + x['id'])
            cnt = sum(1 for i in range(len(x['text'])) if x['text'].startswith(v, i))
            if cnt != 1: errs.append('occurrences %d %s' % (cnt, x['id']))
            vals.append((x['id'], v))
            if x['source'] == 'evasion':
                if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: errs.append('ev span fields ' + x['id'])
                if dec132.decode(s['encoding'], v) != s['plain']: errs.append('decode ' + x['id'])
                if enc132.RULES[s['encoding']] not in x['text'][:s['start']]: errs.append('rule ' + x['id'])
                plains.append((x['id'], s['plain']))
            else:
                if set(s) != {'value', 'start', 'end', 'type'}: errs.append('span fields ' + x['id'])
        if SLOT in x['text'] or '\x00' in x['text'] or 'PRIVATE KEY' in x['text']: errs.append('marker ' + x['id'])
        if x['source'] == 'prose':
            s = x['secrets'][0]
            if x['text'][s['start'] - 1] != ' ' or x['text'][s['end']] != ' ': errs.append('prose spacing ' + x['id'])
    allv = [v for _, v in vals] + [p for _, p in plains]
    if len(set(allv)) != len(allv): errs.append('value reused')
    texts = {x['id']: x['text'] for x in pos + evs}
    joined_other = {}
    for iid, v in vals + plains:
        for jid, t in texts.items():
            if jid != iid and v in t: errs.append('value %s in %s' % (iid, jid))
    for iid, p in plains:
        if p in texts[iid]: errs.append('plain leaked ' + iid)
    negtext = '\n'.join(x['text'] for x in neg)
    for iid, v in vals + plains:
        if v in negtext: errs.append('value in negative ' + iid)
    if len(set(x['text'] for x in neg)) != len(neg): errs.append('dup negative text')
    if len(set(x['class'] for x in neg)) != 16: errs.append('neg classes')
    if len(evs) != 66: errs.append('evasion count')
    if len(set(x['container'] for x in pos if x['source'] != 'everyday')) != len([x for x in pos if x['source'] != 'everyday']): errs.append('dup containers')
    fam = {}
    for x in pos + evs: fam.setdefault(x['source'], set()).add(x['type'])
    ks = list(fam)
    for a in range(len(ks)):
        for b in range(a + 1, len(ks)):
            if fam[ks[a]] & fam[ks[b]]: errs.append('type families overlap')
    return errs

def mutations(pos, evs, neg, deny, meta):
    caught = []
    def run(fn):
        p, e, n, m = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg), copy.deepcopy(meta)
        fn(p, e, n, m); return bool(check(p, e, n, deny, m))
    tests = {
     'm1 shifted start': lambda p, e, n, m: p[0]['secrets'][0].__setitem__('start', p[0]['secrets'][0]['start'] + 1),
     'm2 value in negative': lambda p, e, n, m: n[0].__setitem__('text', n[0]['text'] + p[5]['secrets'][0]['value']),
     'm3 wrong plain': lambda p, e, n, m: e[0]['secrets'][0].__setitem__('plain', 'x' + e[0]['secrets'][0]['plain']),
     'm4 p126 negative class': lambda p, e, n, m: n[0].__setitem__('class', 'museum_object_accession_numbers'),
     'm5 wrong id prefix': lambda p, e, n, m: p[0].__setitem__('id', 'p131-s-0001'),
     'm6 plain leaked': lambda p, e, n, m: p[1].__setitem__('text', p[1]['text'] + ' ' + e[2]['secrets'][0]['plain']),
     'm7 p127 encoding name': lambda p, e, n, m: e[0].__setitem__('encoding', 'rfc4648_base32_padded'),
     'm8 extra occurrence': lambda p, e, n, m: p[3].__setitem__('text', p[3]['text'] + p[3]['secrets'][0]['value']),
     'm9 duplicate negative': lambda p, e, n, m: n.append(dict(n[0], id='p132-n-9999')),
     'm10 p127 container kind': lambda p, e, n, m: p[0].__setitem__('container', 'centric_plm_connector_properties'),
     'm11 deny-listed language': lambda p, e, n, m: m['langs'].append(('fin', 'Finnish')),
     'm12 rule removed': lambda p, e, n, m: e[4].__setitem__('text', e[4]['text'].replace(enc132.RULES[e[4]['encoding']], 'a rule')),
    }
    for name, fn in tests.items():
        if not run(fn): raise SystemExit('mutation not caught: ' + name)
        caught.append(name)
    return caught

def main():
    deny = load_denylist()
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y): raise SystemExit('non-deterministic')
    pos, evs, neg, meta = a
    errs = check(pos, evs, neg, deny, meta)
    if errs:
        print('\n'.join(errs[:50])); raise SystemExit('checks failed (%d)' % len(errs))
    muts = mutations(pos, evs, neg, deny, meta)
    r1 = readme132.render(pos, evs, neg, meta, deny, muts); r2 = readme132.render(*generate(deny), deny, muts)
    if r1 != r2: raise SystemExit('README non-deterministic')
    out = os.path.dirname(os.path.abspath(__file__))
    for fn, recs in [('secrets.jsonl', pos), ('evasions.jsonl', evs), ('negatives.jsonl', neg)]:
        open(os.path.join(out, fn), 'w', encoding='utf-8').write(dumps(recs))
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write(r1)
    from collections import Counter
    print('ok', Counter(x['source'] for x in pos), len(evs), len(neg), 'mutations', len(muts))

if __name__ == '__main__':
    main()
