#!/usr/bin/env python3
"""p141 corpus builder: stdlib only, fixed seeds, no clock, no network."""
import json, os, sys, random, string, copy, re
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common141 import *
import everyday141, vendor141, positional141, prose141, enc141, dec141, negatives141, readme141
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
EV_TYPES = ['faith_evasion_giving_api_key', 'faith_evasion_kiosk_password', 'faith_evasion_stream_hex_token']
WORDINGS = {
 'youth_leader_group_chat_puzzle': ('Youth leaders chat: tonight\'s puzzle for the AV crew. The {what} is written {rule}:', 'First one to log in gets to pick the walk-in song.'),
 'church_office_sticky_note_code': ('Sticky note on the church office monitor: the {what}, written {rule}:', 'Do not leave this note on the desk over the weekend.'),
 'sacristy_whiteboard_riddle': ('Sacristy whiteboard, bottom corner: riddle for the sound team. The {what} is written {rule}:', 'Erase after Sunday.'),
}
WHAT = {'faith_evasion_giving_api_key': 'giving gateway API key', 'faith_evasion_kiosk_password': 'check-in kiosk password', 'faith_evasion_stream_hex_token': 'livestream encoder hex token'}
def gen_evasions(seed=14105):
    r = random.Random(seed); used = set(); out = []; wl = list(WORDINGS)
    for i, enc in enumerate(enc141.E):
        for j, t in enumerate(EV_TYPES):
            if t.endswith('api_key'): p = 'gk_' + rs(r, 22)
            elif t.endswith('password'): p = owner_pw(r, used)
            else: p = rhex(r, 24)
            used.add(p)
            run = enc141.E[enc](p)
            w = wl[(i + j) % 3]; a, b = WORDINGS[w]
            pre = a.format(what=WHAT[t], rule=enc141.RULE[enc]) + '\n'
            out.append(dict(type=t, container=f'{enc}__{w}', text=pre + run + '\n' + b, value=run, start=len(pre), plain=p, encoding=enc, wording=w))
    return out
def generate(deny):
    ev = everyday141.build(); vd, vdrop, styles = vendor141.build(deny); pw, pdrop = positional141.build(deny)
    pr, ldrop = prose141.build(deny); es = gen_evasions(); ng = negatives141.build()
    sec = []
    for x in ev + vd + pw + pr:
        i = len(sec) + 1
        sec.append({'id': f'p141-s-{i:04d}', 'type': x['type'], 'container': x['container'], 'text': x['text'],
                    'secrets': [{'value': x['value'], 'start': x['start'], 'end': x['start'] + len(x['value']), 'type': x['type']}], 'source': x['source']})
    eva = []
    for i, x in enumerate(es, 1):
        eva.append({'id': f'p141-e-{i:04d}', 'type': x['type'], 'container': x['container'], 'encoding': x['encoding'], 'text': x['text'],
                    'secrets': [{'value': x['value'], 'start': x['start'], 'end': x['start'] + len(x['value']), 'type': x['type'], 'plain': x['plain'], 'encoding': x['encoding']}], 'source': 'evasion'})
    neg = [{'id': f'p141-n-{i:04d}', 'class': x['class_'], 'container': x['container'], 'text': x['text'], 'source': 'negative'} for i, x in enumerate(ng, 1)]
    meta = dict(vdrop=vdrop, pdrop=pdrop, ldrop=ldrop, langs=[x['lang'] for x in pr], styles=[s for s, _ in styles],
                counts=dict(everyday=len(ev), vendor=len(vd), password=len(pw), prose=len(pr)))
    return sec, eva, neg, meta
def dump(rows): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')
def own_names(meta):
    n = set()
    n |= {k for k, _, _ in everyday141.KINDS} | {t for t, _, _ in everyday141.TYPES}
    n |= {t for t, _, _ in vendor141.V(random.Random(0))} | set(meta['styles'])
    n |= {'fpw_' + s for s, _, _ in positional141.S} | {s for s, _, _ in positional141.S} | set(positional141.SUFFIX)
    n |= set(prose141.FORMATS) | {'faith_server_password_told_in_message'} | {c for c, _ in meta['langs']} | {nm.lower() for _, nm in meta['langs']}
    n |= set(enc141.E) | set(EV_TYPES) | set(WORDINGS)
    n |= set(negatives141.C) | {b for v in negatives141.C.values() for b, _ in v} | {w[5:] for w in negatives141.WRAP if w}
    return n
def check(sec, eva, neg, meta, deny):
    E = []
    def f(c, m):
        if not c: E.append(m)
    idre = {'s': re.compile(r'^p141-s-\d{4}$'), 'e': re.compile(r'^p141-e-\d{4}$'), 'n': re.compile(r'^p141-n-\d{4}$')}
    ids = [r['id'] for r in sec + eva + neg]; f(len(ids) == len(set(ids)), 'duplicate ids')
    alltext = [r['text'] for r in sec + eva]; negtext = [r['text'] for r in neg]
    values = []; plains = []
    for r in sec + eva:
        kind = 'e' if r['source'] == 'evasion' else 's'
        f(idre[kind].match(r['id']), 'bad id ' + r['id'])
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if kind == 'e' else set())
        f(set(r) == want, 'fields ' + r['id'])
        f(len(r['secrets']) == 1, 'spans ' + r['id'])
        for s in r['secrets']:
            sw = {'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if kind == 'e' else set())
            f(set(s) == sw, 'span fields ' + r['id'])
            f(r['text'][s['start']:s['end']] == s['value'], 'offset ' + r['id'])
            f(s['value'] == s['value'].strip() and s['value'], 'edge ws ' + r['id'])
            f(s['type'] == r['type'], 'type ' + r['id'])
            f(len(re.findall('(?=' + re.escape(s['value']) + ')', r['text'])) == 1, 'value count ' + r['id'])
            values.append((r['id'], s['value']))
            if kind == 'e':
                f(dec141.decode(s['encoding'], s['value']) == s['plain'], 'decode ' + r['id'])
                f(s['encoding'] == r['encoding'], 'enc ' + r['id'])
                f(re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']), 'plain alphabet ' + r['id'])
                rule = enc141.RULE[s['encoding']]
                f(rule in r['text'][:s['start']], 'rule before run ' + r['id'])
                f(r['text'][:s['start']].endswith(':\n'), 'run after colon ' + r['id'])
                f(s['plain'] not in s['value'], 'run contains plain ' + r['id'])
                plains.append(s['plain'])
        f('{V}' not in r['text'] and '\x00' not in r['text'] and 'PRIVATE KEY' not in r['text'], 'marker ' + r['id'])
    vs = [v for _, v in values]; f(len(vs) == len(set(vs)), 'value reused')
    f(len(plains) == len(set(plains)), 'plain reused')
    for rid, v in values:
        n = sum(t.count(v) for t in alltext)
        f(n == 1, 'value elsewhere ' + rid)
        f(not any(v in t for t in negtext), 'value in negative ' + rid)
    for p in plains:
        f(not any(p in t for t in alltext + negtext), 'plain in text ' + p)
    for r in sec:
        if r['source'] == 'prose':
            s = r['secrets'][0]; t = r['text']
            f(t[s['start'] - 1] == ' ' and t[s['end']] == ' ', 'prose spacing ' + r['id'])
    for r in neg:
        f(set(r) == {'id', 'class', 'container', 'text', 'source'} and r['source'] == 'negative' and idre['n'].match(r['id']), 'neg fields ' + r['id'])
    f(len(set(negtext)) == len(negtext), 'duplicate negative text')
    f(len({r['class'] for r in neg}) == 16 and len(neg) >= 180, 'neg counts')
    # deny-list
    for nm in own_names(meta):
        f(not denied(nm, deny), 'deny-listed name ' + nm)
    for r in sec + eva + neg:
        for nm in [r['container'], r.get('class', ''), r.get('encoding', ''), r.get('type', '')]:
            if nm: f(not denied(nm, deny), 'deny-listed ' + nm + ' in ' + r['id'])
    for c, nm in meta['langs']:
        f(c not in deny['langs'] and nm.lower() not in deny['langs'], 'language ' + c)
    bysrc = {}
    for r in sec: bysrc.setdefault(r['source'], set()).add(r['type'])
    ks = list(bysrc)
    for a in range(len(ks)):
        for b in range(a + 1, len(ks)): f(not (bysrc[ks[a]] & bysrc[ks[b]]), 'span types overlap')
    ne = [r['container'] for r in sec if r['source'] != 'everyday']; f(len(ne) == len(set(ne)), 'containers not unique')
    c = meta['counts']
    f(c['everyday'] == 180 and c['vendor'] == 120 and 95 <= c['password'] <= 110 and c['prose'] == 40, 'counts ' + str(c))
    f(len({l for l, _ in meta['langs']}) == 40, 'languages')
    f(len(eva) == 66 and len({r['encoding'] for r in eva}) == 22, 'evasion counts')
    return E
def mutations(sec, eva, neg, meta, deny):
    res = {}
    def run(name, fn):
        s, e, n = copy.deepcopy(sec), copy.deepcopy(eva), copy.deepcopy(neg); fn(s, e, n)
        res[name] = bool(check(s, e, n, meta, deny))
    run('m1_shifted_start', lambda s, e, n: s[3]['secrets'][0].update(start=s[3]['secrets'][0]['start'] + 1))
    run('m2_value_in_negative', lambda s, e, n: n[5].update(text=n[5]['text'] + ' ' + s[200]['secrets'][0]['value']))
    run('m3_wrong_plain', lambda s, e, n: e[7]['secrets'][0].update(plain=e[7]['secrets'][0]['plain'] + 'x'))
    run('m4_duplicate_negative', lambda s, e, n: n[9].update(text=n[10]['text']))
    run('m5_private_key_armour', lambda s, e, n: s[1].update(text=s[1]['text'] + '\n-----BEGIN PRIVATE KEY-----'))
    run('m6_deny_listed_container', lambda s, e, n: s[300].update(container=deny['names'][0]))
    run('m7_deny_listed_encoding', lambda s, e, n: e[0].update(encoding='rot47_printable_ascii'))
    run('m8_wrong_id_prefix', lambda s, e, n: s[0].update(id='p140-s-0001'))
    run('m9_plain_leaked', lambda s, e, n: s[10].update(text=s[10]['text'] + ' ' + e[2]['secrets'][0]['plain']))
    run('m10_deny_listed_class', lambda s, e, n: n[0].update({'class': 'secret_manager_lookups'}))
    run('m11_rule_removed', lambda s, e, n: e[4].update(text='X' * e[4]['secrets'][0]['start'] + e[4]['text'][e[4]['secrets'][0]['start']:]))
    run('m12_value_twice', lambda s, e, n: s[50].update(text=s[50]['text'] + ' ' + s[50]['secrets'][0]['value']))
    return res
def main():
    deny = load_deny(HERE); deny['_nameset'] = set(deny['names']); deny['_wordset'] = set(deny['words'])
    g1 = generate(deny); g2 = generate(deny)
    b1 = [dump(x) for x in g1[:3]]; b2 = [dump(x) for x in g2[:3]]
    if b1 != b2: raise SystemExit('non-deterministic output')
    sec, eva, neg, meta = g1
    errs = check(sec, eva, neg, meta, deny)
    if errs: raise SystemExit('CHECKS FAILED:\n' + '\n'.join(errs[:40]))
    mres = mutations(sec, eva, neg, meta, deny)
    missed = [k for k, v in mres.items() if not v]
    if missed: raise SystemExit('mutation tests not caught: ' + ', '.join(missed))
    r1 = readme141.render(sec, eva, neg, meta, deny, list(mres)); r2 = readme141.render(*g2, deny, list(mres))
    if r1 != r2: raise SystemExit('README not deterministic')
    os.makedirs(OUT, exist_ok=True)
    for fn, b in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], b1):
        open(os.path.join(OUT, fn), 'wb').write(b)
    open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok', len(sec), len(eva), len(neg), meta['counts'], 'dropped', meta['vdrop'], meta['pdrop'], meta['ldrop'])
if __name__ == '__main__': main()
