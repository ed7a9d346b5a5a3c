#!/usr/bin/env python3
"""Build corpus p139 twice, compare, check, then write secrets/evasions/negatives JSONL and README.md."""
import copy, json, os, random, re, sys
from common139 import *
import everyday139, vendor139, positional139, prose139, enc139, dec139, negatives139, readme139

OUT = HERE
N_VENDOR, N_PW_MAX, N_PROSE = 120, 110, 40
EV_TYPES = [
    ('alp_evasion_gate_reader_password', lambda r: owner_pw(r), 'lift-gate reader password'),
    ('alp_evasion_groomer_hex_token', lambda r: rhex(r, 32), 'groomer telemetry token'),
    ('alp_evasion_dock_api_key', lambda r: 'dk_' + rs(r, 24), 'dock portal API key'),
]
EV_WORDINGS = [
    ('patrol_hut_whiteboard_riddle', 'Written on the patrol hut whiteboard.', 'Wipe the board after you copy it.'),
    ('harbour_office_post_it_cipher', 'Post-it on the harbour office monitor.', 'Shred this note once the fuel dock is back up.'),
    ('booking_team_chat_decode_game', 'booking-team chat, Friday puzzle.', 'First one to log in buys coffee.'),
]


def filters(deny):
    drops = {'vendor': [], 'password': [], 'prose': []}
    vk = []
    for t in vendor139.candidates():
        first = t[0].split('_')[0]
        if name_hits(t[0], deny) or first in deny['_wordset'] or first in deny['_nameset']:
            drops['vendor'].append(t[0])
        else:
            vk.append(t)
    pk = []
    for t in positional139.candidates():
        sig = t[1]
        if any(sig in tok for tok in deny['_tokens']) or name_hits('mtpw_' + t[0], deny):
            drops['password'].append('%s (%s)' % (t[0], sig))
        else:
            pk.append(t)
    lk = []
    for t in prose139.L:
        code, name = t[0], t[1]
        ws = [w.lower() for w in re.findall(r"[A-Za-z']+", name)]
        if code in deny['_nameset'] or code in deny['_langset'] or code in deny['_wordset'] or any(w in deny['_langset'] or w in deny['_wordset'] for w in ws):
            drops['prose'].append('%s (%s)' % (code, name))
        else:
            lk.append(t)
    return vk[:N_VENDOR], pk[:N_PW_MAX], lk[:N_PROSE], drops, (len(vk), len(pk), len(lk))


def generate(deny):
    vk, pk, lk, drops, avail = filters(deny)
    raw = everyday139.build() + vendor139.build(vk) + positional139.build(pk) + prose139.build(lk)
    secrets = [rec('p139-s-%04d' % (i + 1), typ, cont, text, s, e, src) for i, (src, typ, cont, text, s, e) in enumerate(raw)]
    rng = random.Random(13905)
    evs, n = [], 0
    for enc in sorted(enc139.E):
        for ti, (etyp, gen, what) in enumerate(EV_TYPES):
            wname, intro, remark = EV_WORDINGS[ti]
            plain = gen(rng)
            run = enc139.E[enc](plain)
            head = '%s The %s is written %s:\n' % (intro, what, enc139.RULES[enc])
            text = head + run + '\n' + remark
            n += 1
            evs.append({'id': 'p139-e-%04d' % n, 'type': etyp, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': len(head), 'end': len(head) + len(run), 'type': etyp, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion'})
    negs = [{'id': 'p139-n-%04d' % (i + 1), 'class': c, 'container': k, 'text': t, 'source': 'negative'} for i, (c, k, t) in enumerate(negatives139.build())]
    meta = {'drops': drops, 'avail': avail, 'vendor_kept': vk, 'pw_kept': pk, 'lang_kept': lk}
    return secrets, evs, negs, meta


def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def own_names():
    names = []
    names += [k for k, _, _ in everyday139.KINDS] + [t for t, _, _ in everyday139.TYPES]
    names += [s for s, _ in vendor139.STYLES] + positional139.SUFFIXES + prose139.FORMATS + [prose139.TYPE]
    names += list(enc139.E) + [t for t, _, _ in EV_TYPES] + [w for w, _, _ in EV_WORDINGS]
    names += [c for c, _, _ in negatives139.CLASSES] + [w for w, _ in negatives139.WRAPS if w]
    names += [f.__name__[2:] for _, a, b in negatives139.CLASSES for f in (a, b)]
    return names


def check(secrets, evs, negs, deny, meta):
    errs = []
    def E(m): errs.append(m)
    allv = []
    for kind, recs, pref, fields in (('s', secrets, 'p139-s-', {'id', 'type', 'container', 'text', 'secrets', 'source'}),
                                     ('e', evs, 'p139-e-', {'id', 'type', 'container', 'encoding', 'text', 'secrets', 'source'})):
        ids = [r['id'] for r in recs]
        if len(set(ids)) != len(ids): E('dup ids ' + kind)
        for i, r in enumerate(recs):
            if r['id'] != '%s%04d' % (pref, i + 1): E('bad id ' + r['id'])
            if set(r) != fields: E('fields ' + r['id'])
            if len(r['secrets']) != 1: E('spans ' + r['id'])
            for sp in r['secrets']:
                want = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if kind == 'e' else set())
                if set(sp) != want: E('span fields ' + r['id'])
                if r['text'][sp['start']:sp['end']] != sp['value']: E('offset ' + r['id'])
                if sp['value'] != sp['value'].strip() or not sp['value']: E('edge ws ' + r['id'])
                if sp['type'] != r['type']: E('type ' + r['id'])
                if len(re.findall('(?=' + re.escape(sp['value']) + ')', r['text'])) != 1: E('not once ' + r['id'])
                allv.append((r['id'], sp['value']))
                if kind == 'e':
                    try:
                        ok = dec139.decode(r['encoding'], sp['value']) == sp['plain']
                    except Exception:
                        ok = False
                    if not ok: E('decode ' + r['id'])
                    if sp['encoding'] != r['encoding']: E('enc field ' + r['id'])
                    if sp['plain'] in sp['value']: E('plain in run ' + r['id'])
                    if not re.fullmatch(r'[A-Za-z0-9_.-]+', sp['plain']): E('plain alphabet ' + r['id'])
                    rule = enc139.RULES.get(r['encoding'], '\x00never')
                    if r['text'].find(rule) < 0 or r['text'].find(rule) > sp['start'] or r['text'][sp['start'] - 2:sp['start']] != ':\n': E('rule ' + r['id'])
            if '\x00' in r['text'] or 'PRIVATE KEY' in r['text'] or '{V}' in r['text']: E('marker ' + r['id'])
            if r.get('source') == 'prose':
                sp = r['secrets'][0]
                if r['text'][sp['start'] - 1] != ' ' or r['text'][sp['end']] != ' ': E('prose spacing ' + r['id'])
    vals = [v for _, v in allv]
    if len(set(vals)) != len(vals): E('value reused')
    plains = [r['secrets'][0]['plain'] for r in evs]
    if len(set(plains)) != len(plains) or set(plains) & set(vals): E('plain reused')
    texts = [(r['id'], r['text']) for r in secrets + evs] + [(n['id'], n['text']) for n in negs]
    for rid, v in allv:
        for tid, t in texts:
            if tid != rid and v in t: E('value %s leaks into %s' % (rid, tid))
    for p in plains:
        for tid, t in texts:
            if p in t: E('plain leaks into ' + tid)
    # negatives
    if len({n['text'] for n in negs}) != len(negs): E('dup negative text')
    for i, n in enumerate(negs):
        if set(n) != {'id', 'class', 'container', 'text', 'source'} or n['id'] != 'p139-n-%04d' % (i + 1): E('neg fields ' + n['id'])
    if len({n['class'] for n in negs}) != 16 or len(negs) < 180: E('neg counts')
    # deny-list
    for nm in own_names():
        if name_hits(nm, deny): E('deny own name ' + nm)
    for r in secrets + evs:
        for nm in (r['container'], r['type']) + ((r['encoding'],) if 'encoding' in r else ()):
            if name_hits(nm, deny): E('deny %s %s' % (r['id'], nm))
    for n in negs:
        for nm in (n['class'], n['container']):
            if name_hits(nm, deny): E('deny %s %s' % (n['id'], nm))
    for code, name, _ in meta['lang_kept']:
        if code in deny['_langset'] or code in deny['_nameset'] or name.lower() in deny['_langset']: E('language ' + code)
    # families disjoint and counts
    fam = {}
    for r in secrets:
        fam.setdefault(r['source'], set()).add(r['type'])
    ks = list(fam)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if fam[ks[i]] & fam[ks[j]]: E('family overlap')
    cnt = {s: sum(1 for r in secrets if r['source'] == s) for s in ('everyday', 'vendor', 'password', 'prose')}
    if cnt['everyday'] != 180 or cnt['vendor'] != N_VENDOR or not 95 <= cnt['password'] <= 115 or cnt['prose'] != 40: E('counts %r' % cnt)
    if len({r['container'].split('__')[1] for r in secrets if r['source'] == 'prose'}) != 40: E('languages')
    if len(evs) != 66 or len({r['encoding'] for r in evs}) != 22: E('evasion counts')
    for r in secrets:
        if r['source'] != 'everyday' and sum(1 for x in secrets if x['container'] == r['container']) > 1: E('container dup ' + r['id'])
    return errs


def mutations(secrets, evs, negs, deny, meta):
    tests = []
    def m(name, f):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evs), copy.deepcopy(negs)
        f(s, e, n)
        tests.append((name, bool(check(s, e, n, deny, meta))))
    m('m1_shifted_start', lambda s, e, n: s[0]['secrets'][0].__setitem__('start', s[0]['secrets'][0]['start'] + 1))
    m('m2_value_in_negative', lambda s, e, n: n[0].__setitem__('text', n[0]['text'] + ' ' + s[5]['secrets'][0]['value']))
    m('m3_wrong_plain', lambda s, e, n: e[0]['secrets'][0].__setitem__('plain', 'x' + e[0]['secrets'][0]['plain']))
    m('m4_duplicate_negative', lambda s, e, n: n[1].__setitem__('text', n[0]['text']))
    m('m5_private_key_armour', lambda s, e, n: s[2].__setitem__('text', s[2]['text'] + '-----BEGIN PRIVATE KEY-----'))
    m('m6_deny_listed_container', lambda s, e, n: s[3].__setitem__('container', 'permit_portal_laravel_env'))
    m('m7_deny_listed_encoding', lambda s, e, n: e[4].__setitem__('encoding', 'rot13_letters_only'))
    m('m8_wrong_id_prefix', lambda s, e, n: s[7].__setitem__('id', 'p135-s-0008'))
    m('m9_plain_leaked', lambda s, e, n: s[9].__setitem__('text', s[9]['text'] + '\n#' + e[9]['secrets'][0]['plain']))
    m('m10_deny_listed_class', lambda s, e, n: n[3].__setitem__('class', 'licence_plate_reads'))
    m('m11_rule_removed', lambda s, e, n: e[11].__setitem__('text', e[11]['text'].replace(enc139.RULES[e[11]['encoding']], 'somehow')))
    m('m12_value_twice', lambda s, e, n: s[20].__setitem__('text', s[20]['text'] + s[20]['secrets'][0]['value']))
    return tests


def main():
    deny = prep(load_denylist())
    a = generate(deny)
    b = generate(deny)
    fa = [dump(x) for x in a[:3]]
    fb = [dump(x) for x in b[:3]]
    if fa != fb:
        sys.exit('non-deterministic output')
    errs = check(*a[:3], deny, a[3])
    if errs:
        print('\n'.join(errs[:40]))
        sys.exit('%d check failures' % len(errs))
    mt = mutations(*a[:3], deny, a[3])
    missed = [n for n, caught in mt if not caught]
    if missed:
        sys.exit('mutations not caught: %s' % missed)
    ra = readme139.render(*a, deny, mt)
    rb = readme139.render(*b, deny, mt)
    if ra != rb:
        sys.exit('README not deterministic')
    for fn, data in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), fa):
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
            f.write(data)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(ra)
    s = a[0]
    print('secrets', len(s), 'evasions', len(a[1]), 'negatives', len(a[2]), 'drops', {k: len(v) for k, v in a[3]['drops'].items()}, 'avail', a[3]['avail'])


if __name__ == '__main__':
    main()
