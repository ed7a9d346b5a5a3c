"""Build p126 corpus. python3 build.py  (stdlib only, fixed seeds, no clock/network)."""
import json, os, re, sys, random, copy, string
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common126 import *
import everyday126, vendor126, positional126, prose126, enc126, dec126, negatives126, readme126

EV_TYPES = [('musdev_evasion_iiif_admin_password', lambda r: owner_pw(r)),
            ('musdev_evasion_ticketing_api_key', lambda r: 'tkg_live_' + rs(r, ALNUM, 28)),
            ('musdev_evasion_bid_hmac_hex', lambda r: rs(r, HEX, 40))]
EV_WORD = [('conservation_lab_puzzle_note', 'Conservation lab note — the scanner admin left a puzzle.', 'Decode it before the morning capture session.'),
           ('auction_desk_chat_riddle', 'Auction desk chat: "not pasting it in clear, sorry".', 'Delete this once you have it.'),
           ('kiosk_repo_issue_aside', 'Kiosk repo issue #88, aside from the maintainer.', 'Rotate after the exhibition closes.')]

def norm_tokens(texts):
    toks = set()
    for t in texts:
        for w in t.split():
            w = re.sub(r'[^a-z0-9]', '', w.lower())
            if w: toks.add(w)
    return sorted(toks)

def generate(deny):
    names, langs = set(deny['names']), set(deny['languages'])
    ntoks = deny['tokens']
    recs = []
    ev = everyday126.build()
    vd_all = vendor126.build()
    vd = [x for x in vd_all if x['type'] not in names]
    vdrop = [x['type'] for x in vd_all if x['type'] in names]
    pw, pdrop = positional126.build(ntoks)
    pw = pw[:100]
    pr, ldrop = prose126.build(langs)
    pos = ev + vd + pw + pr
    secrets = []
    for i, x in enumerate(pos, 1):
        text = x['tpl'].replace('{v}', x['value'])
        s = text.index(x['value'])
        secrets.append(dict(id=f'p126-s-{i:04d}', type=x['type'], container=x['container'], text=text,
                            secrets=[dict(value=x['value'], start=s, end=s + len(x['value']), type=x['type'])], source=x['source']))
    r = random.Random(12605)
    evs = []
    n = 0
    for ei, (ename, rule, f) in enumerate(enc126.E):
        for j in range(3):
            n += 1
            tname, g = EV_TYPES[(ei + j) % 3]
            wname, intro, remark = EV_WORD[j]
            plain = g(r)
            run = f(plain)
            pre = f'{intro} The secret is written {rule}:\n'
            text = pre + run + '\n' + remark
            evs.append(dict(id=f'p126-e-{n:04d}', type=tname, container=f'{tname}__{wname}__{ename}', text=text, encoding=ename,
                            secrets=[dict(value=run, start=len(pre), end=len(pre) + len(run), type=tname, plain=plain, encoding=ename)], source='evasion'))
    negs = [dict(id=f'p126-n-{i:04d}', **{'class': x['class_']}, container=x['container'], text=x['text'], source='negative')
            for i, x in enumerate(negatives126.build(), 1)]
    meta = dict(vdrop=vdrop, pdrop=pdrop, ldrop=ldrop, n_everyday=len(ev), n_vendor=len(vd), n_vendor_written=len(vd_all),
                n_pw=len(pw), n_pw_written=len(positional126.S), n_prose=len(pr), langs=[x['lang'] for x in pr])
    return secrets, evs, negs, meta

def own_names(secrets, evs, negs):
    out = set()
    out.update(k for k, _ in everyday126.K); out.update(everyday126.TYPES)
    out.update(x[0] for x in vendor126.V); out.update(s for s, _ in vendor126.STYLES)
    for s, _, _ in positional126.S: out.add(s); out.add('mupw_' + s)
    out.update(positional126.SUFFIXES); out.update(f for f, _ in prose126.FORMATS); out.add(prose126.TYPE)
    out.update(e[0] for e in enc126.E); out.update(t for t, _ in EV_TYPES); out.update(w[0] for w in EV_WORD)
    out.update(negatives126.C); out.update(k for ks in negatives126.C.values() for k, _ in ks); out.update(w[0] for w in negatives126.WRAP if w)
    for rec in secrets + evs:
        out.add(rec['container']); out.add(rec['type'])
        for sp in rec['secrets']: out.add(sp['type'])
    for rec in evs: out.add(rec['encoding'])
    for rec in negs: out.add(rec['class']); out.add(rec['container'])
    parts = set()
    for n in out:
        parts.add(n.lower()); parts.update(p.lower() for p in n.split('__'))
    return parts

def check(secrets, evs, negs, meta, deny):
    errs = []
    names = set(deny['names']); langs = set(deny['languages'])
    ids = [x['id'] for x in secrets + evs + negs]
    if len(ids) != len(set(ids)): errs.append('dup ids')
    allvals = []
    for rec in secrets + evs:
        pre = 'p126-e-' if rec['source'] == 'evasion' else 'p126-s-'
        if not re.fullmatch(re.escape(pre) + r'\d{4}', rec['id']): errs.append('bad id ' + rec['id'])
        want = {'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if rec['source'] == 'evasion' else set())
        if set(rec) != want: errs.append('fields ' + rec['id'])
        if len(rec['secrets']) != 1: errs.append('spans ' + rec['id'])
        for sp in rec['secrets']:
            v = sp['value']
            if rec['text'][sp['start']:sp['end']] != v: errs.append('offset ' + rec['id'])
            if v != v.strip(): errs.append('edge ws ' + rec['id'])
            if rec['text'].count(v) != 1: errs.append('occurrence ' + rec['id'])
            if sp['type'] != rec['type']: errs.append('type ' + rec['id'])
            allvals.append((rec['id'], v))
            if rec['source'] == 'evasion':
                if set(sp) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: errs.append('evfields ' + rec['id'])
                try:
                    ok = dec126.decode(sp['encoding'], v) == sp['plain']
                except Exception:
                    ok = False
                if not ok: errs.append('decode ' + rec['id'])
                if sp['encoding'] != rec['encoding']: errs.append('enc ' + rec['id'])
                rule = ([e[1] for e in enc126.E if e[0] == rec['encoding']] + ['\x00'])[0]
                if rec['text'].find(rule) < 0 or rec['text'].find(rule) > sp['start']: errs.append('rule ' + rec['id'])
                allvals.append((rec['id'], sp['plain']))
            else:
                if set(sp) != {'value', 'start', 'end', 'type'}: errs.append('spfields ' + rec['id'])
            if rec['source'] == 'prose':
                t = rec['text']
                if not (t[sp['start'] - 1] == ' ' and t[sp['end']] == ' '): errs.append('prose spacing ' + rec['id'])
        if 'PRIVATE KEY' in rec['text'] or '\x00' in rec['text'] or '{v}' in rec['text']: errs.append('marker ' + rec['id'])
    vals = [v for _, v in allvals]
    if len(vals) != len(set(vals)): errs.append('value reused')
    texts = {x['id']: x['text'] for x in secrets + evs}
    for rid, v in allvals:
        for oid, t in texts.items():
            if oid != rid and v in t: errs.append(f'value of {rid} in {oid}')
        for ng in negs:
            if v in ng['text']: errs.append(f'value of {rid} in {ng["id"]}')
    for ng in negs:
        if set(ng) != {'id', 'class', 'container', 'text', 'source'}: errs.append('negfields ' + ng['id'])
        if not re.fullmatch(r'p126-n-\d{4}', ng['id']): errs.append('bad id ' + ng['id'])
    if len({n['text'] for n in negs}) != len(negs): errs.append('dup negative text')
    if len({n['class'] for n in negs}) != 16: errs.append('neg classes')
    bad = sorted(own_names(secrets, evs, negs) & names)
    if bad: errs.append('deny-list overlap: ' + ', '.join(bad))
    for code, name in meta['langs']:
        if code in langs or name.lower() in langs or code in names: errs.append('language ' + code)
    if len({c for c, _ in meta['langs']}) != 40: errs.append('prose languages != 40')
    fam = [{x['type'] for x in secrets if x['source'] == s} for s in ('everyday', 'vendor', 'password', 'prose')]
    for i in range(4):
        for j in range(i + 1, 4):
            if fam[i] & fam[j]: errs.append('type families overlap')
    if len(evs) != 66: errs.append('evasions != 66')
    return errs

def dumps(rows):
    return ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in rows)

def mutations(secrets, evs, negs, meta, deny):
    tests = []
    def m1(s, e, n): s[0]['secrets'][0]['start'] += 1
    def m2(s, e, n): n[0]['text'] += ' ' + s[5]['secrets'][0]['value']
    def m3(s, e, n): e[0]['secrets'][0]['plain'] += 'x'
    def m4(s, e, n): n[1]['class'] = 'icc_profile_ids'
    def m5(s, e, n): s[2]['id'] = 'p121-s-0003'
    def m6(s, e, n): s[3]['text'] += ' ' + e[4]['secrets'][0]['plain']
    def m7(s, e, n): e[2]['encoding'] = e[2]['secrets'][0]['encoding'] = 'base36_code_points'
    def m8(s, e, n): s[7]['text'] += ' ' + s[7]['secrets'][0]['value']
    def m9(s, e, n): n[3]['text'] = n[2]['text']
    def m10(s, e, n): s[9]['container'] = 'gtfs_rt_poller_dotenv_file'
    def m11(s, e, n): meta2['langs'][0] = ('deu', 'German')
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evs), copy.deepcopy(negs)
        global meta2
        meta2 = copy.deepcopy(meta)
        f(s, e, n)
        if not check(s, e, n, meta2, deny): raise SystemExit('mutation not caught: ' + f.__name__)
    return 11

def main():
    outdir = HERE
    deny, fresh = load_denylist(outdir)
    if fresh is not None:
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        deny = dict(deny, tokens=norm_tokens(texts))
        frozen = dict(names=deny['names'], languages=deny['languages'], tokens=deny['tokens'])
    else:
        frozen = deny
    a = generate(deny); b = generate(deny)
    fa = [dumps(x) for x in a[:3]]; fb = [dumps(x) for x in b[:3]]
    if fa != fb: raise SystemExit('non-deterministic')
    secrets, evs, negs, meta = a
    errs = check(secrets, evs, negs, meta, deny)
    if errs:
        print('\n'.join(errs[:50])); raise SystemExit(f'{len(errs)} check errors')
    nm = mutations(secrets, evs, negs, meta, deny)
    r1 = readme126.render(secrets, evs, negs, meta, deny, nm); r2 = readme126.render(secrets, evs, negs, meta, deny, nm)
    if r1 != r2: raise SystemExit('README non-deterministic')
    for name, data in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), fa):
        open(os.path.join(outdir, name), 'w', encoding='utf-8').write(data)
    open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8').write(r1)
    if fresh is not None:
        json.dump(frozen, open(os.path.join(outdir, 'brief_names.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    print(f"ok: secrets {len(secrets)} (everyday {meta['n_everyday']}, vendor {meta['n_vendor']}, password {meta['n_pw']}, prose {meta['n_prose']}), evasions {len(evs)}, negatives {len(negs)}")
    print('dropped vendor', meta['vdrop']); print('dropped pw', meta['pdrop']); print('dropped lang', meta['ldrop'])

if __name__ == '__main__':
    main()
