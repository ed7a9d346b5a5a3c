#!/usr/bin/env python3
"""Build corpus p129 (civic-tech and open-government developers). Stdlib only, fixed seeds, no clock, no network."""
import sys, os, json, random, copy, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common129 import *
import everyday129, vendor129, positional129, prose129, enc129, dec129, negatives129, readme129

OUT = os.path.dirname(os.path.abspath(__file__))
EV_TYPES = [('civic_evasion_portal_admin_password', owner_pw),
            ('civic_evasion_open_data_api_key', lambda r: hexs(r, 32)),
            ('civic_evasion_notify_sender_token', lambda r: rs(r, B62, 40))]
EV_WORDINGS = [('council_chamber_post_it', 'Post-it on the council chamber AV rack — the {what} is written {rule}:', 'Peel it off after the meeting.'),
               ('permit_counter_clipboard_note', 'Clipboard note at the permit counter — the {what}, written {rule}:', 'Shred this sheet at close of business.'),
               ('hackathon_whiteboard_transcript', 'Transcribed from the civic hackathon whiteboard photo; the {what} was written {rule}:', '(someone wiped it an hour later)')]
WHAT = {'civic_evasion_portal_admin_password': 'portal admin password', 'civic_evasion_open_data_api_key': 'open data API key', 'civic_evasion_notify_sender_token': 'notification sender token'}


def evasions(deny, seed=12905):
    rng = random.Random(seed)
    names = set(deny['names'])
    encs = [e for e in enc129.E if e.lower() not in names][:22]
    out = []
    for i, e in enumerate(encs):
        rule, f = enc129.E[e]
        for j, (t, g) in enumerate(EV_TYPES):
            plain = g(rng)
            run = f(plain)
            wname, intro, remark = EV_WORDINGS[(i + j) % 3]
            head = intro.format(what=WHAT[t], rule=rule) + '\n'
            text = head + run + '\n' + remark + '\n'
            out.append({'type': t, 'container': e + '__' + wname, 'encoding': e, 'text': text,
                        'secrets': [{'value': run, 'start': len(head), 'end': len(head) + len(run), 'type': t, 'plain': plain, 'encoding': e}], 'source': 'evasion'})
    return out


def generate():
    deny = load_denylist()
    ev = everyday129.generate()
    ve, ve_dropped = vendor129.generate(deny_names=set(deny['names']))
    pw, pw_dropped = positional129.generate(sig_tokens=deny['tokens'])
    pr, pr_dropped = prose129.generate(deny)
    langs = [p.pop('_lang') for p in pr]
    pos = ev + ve + pw + pr
    for i, r in enumerate(pos):
        r['id'] = 'p129-s-%04d' % (i + 1)
    eva = evasions(deny)
    for i, r in enumerate(eva):
        r['id'] = 'p129-e-%04d' % (i + 1)
    neg = negatives129.generate()
    for i, r in enumerate(neg):
        r['id'] = 'p129-n-%04d' % (i + 1)
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    order_n = ['id', 'class', 'container', 'text', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    eva = [{k: r[k] for k in order_e} for r in eva]
    neg = [{k: r[k] for k in order_n} for r in neg]
    meta = {'ve_dropped': ve_dropped, 'pw_dropped': pw_dropped, 'pr_dropped': pr_dropped, 'langs': langs, 'deny': deny}
    return pos, eva, neg, meta


def dumps(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)


class CheckError(Exception):
    pass


def need(c, msg):
    if not c:
        raise CheckError(msg)


def check(pos, eva, neg, deny):
    names = set(deny['names'])
    seen_ids = set()
    allvals = []
    for group, prefix in ((pos, 'p129-s-'), (eva, 'p129-e-'), (neg, 'p129-n-')):
        for r in group:
            need(re.fullmatch(re.escape(prefix) + r'\d{4}', r['id']) is not None, 'bad id ' + r['id'])
            need(r['id'] not in seen_ids, 'dup id ' + r['id'])
            seen_ids.add(r['id'])
    for r in pos + eva:
        need(set(r) == ({'id', 'type', 'container', 'text', 'secrets', 'source'} | ({'encoding'} if r['source'] == 'evasion' else set())), 'fields ' + r['id'])
        need(len(r['secrets']) == 1, 'one span ' + r['id'])
        s = r['secrets'][0]
        need(set(s) == ({'value', 'start', 'end', 'type'} | ({'plain', 'encoding'} if r['source'] == 'evasion' else set())), 'span fields ' + r['id'])
        need(r['text'][s['start']:s['end']] == s['value'], 'offset ' + r['id'])
        need(s['value'] == s['value'].strip() and s['value'], 'edge ws ' + r['id'])
        need(s['type'] == r['type'], 'type ' + r['id'])
        need(r['text'].count(s['value']) == 1, 'occurs once ' + r['id'])
        need('\x00' not in r['text'] and 'PRIVATE KEY' not in r['text'], 'nul/pk ' + r['id'])
        for part in [r['container'], r['type']] + r['container'].split('__') + ([r['encoding']] if 'encoding' in r else []):
            need(part.lower() not in names, 'deny-listed name %r in %s' % (part, r['id']))
        if r['source'] == 'evasion':
            need(s['encoding'] == r['encoding'], 'enc field ' + r['id'])
            need(dec129.decode(s['encoding'], s['value']) == s['plain'], 'decode ' + r['id'])
            rp = r['text'].find(enc129.E[r['encoding']][0])
            need(0 <= rp and rp + len(enc129.E[r['encoding']][0]) < s['start'] and r['text'][s['start'] - 2:s['start']] == ':\n', 'rule before run ' + r['id'])
        if r['source'] == 'prose':
            t, a, b = r['text'], s['start'], s['end']
            need((a == 0 or t[a - 1] == ' ') and (b == len(t) or t[b] == ' '), 'prose spacing ' + r['id'])
        allvals.append((r['id'], s['value']))
        if 'plain' in s:
            allvals.append((r['id'], s['plain']))
    vals = [v for _, v in allvals]
    need(len(vals) == len(set(vals)), 'value reused')
    texts = [(r['id'], r['text']) for r in pos + eva]
    for rid, v in allvals:
        for tid, t in texts:
            if tid != rid:
                need(v not in t, 'value of %s in %s' % (rid, tid))
    plains = [s['plain'] for r in eva for s in r['secrets']]
    for p in plains:
        for tid, t in texts:
            need(p not in t, 'plain in text ' + tid)
    ntexts = set()
    for r in neg:
        need(set(r) == {'id', 'class', 'container', 'text', 'source'} and r['source'] == 'negative', 'neg fields ' + r['id'])
        need(r['text'] not in ntexts, 'dup negative ' + r['id'])
        ntexts.add(r['text'])
        for part in [r['class'], r['container']] + r['container'].split('__'):
            need(part.lower() not in names, 'deny-listed negative name %r' % part)
        for v in vals:
            need(v not in r['text'], 'positive value in negative ' + r['id'])
    kinds = {}
    for r in pos:
        kinds.setdefault(r['source'], set()).add(r['type'])
    srcs = list(kinds)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            need(not (kinds[srcs[i]] & kinds[srcs[j]]), 'span types overlap across sources')
    langs = [r['container'].split('__')[1] for r in pos if r['source'] == 'prose']
    need(len(langs) == len(set(langs)), 'prose languages distinct')
    for l in langs:
        need(l not in deny['languages'] and l not in names, 'deny-listed language ' + l)


def mutation_tests(pos, eva, neg, deny):
    muts = []
    def m1(p, e, n): p[0]['secrets'][0]['start'] += 1
    def m2(p, e, n): n[0]['text'] += ' ' + p[3]['secrets'][0]['value']
    def m3(p, e, n): e[0]['secrets'][0]['plain'] = 'x' + e[0]['secrets'][0]['plain']
    def m4(p, e, n): n[0]['class'] = deny['names'][0]
    def m5(p, e, n): p[1]['text'] += ' ' + p[1]['secrets'][0]['value']
    def m6(p, e, n): e[0]['encoding'] = e[0]['secrets'][0]['encoding'] = 'base45_rfc9285_qr'
    def m7(p, e, n): p[2]['container'] = 'zsh_history_extended_line'
    def m8(p, e, n): n[1]['text'] = n[0]['text']
    def m9(p, e, n): p[0]['id'] = 'p128-s-0001'
    def m10(p, e, n): p[5]['text'] += ' ' + e[2]['secrets'][0]['plain']
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        m(p, e, n)
        try:
            check(p, e, n, deny)
        except CheckError:
            continue
        raise SystemExit('mutation not caught: ' + m.__name__)
    return 10


def main():
    a = generate()
    b = generate()
    fa = [dumps(x) for x in a[:3]]
    fb = [dumps(x) for x in b[:3]]
    if fa != fb:
        raise SystemExit('non-deterministic output')
    pos, eva, neg, meta = a
    check(pos, eva, neg, meta['deny'])
    nm = mutation_tests(pos, eva, neg, meta['deny'])
    r1 = readme129.render(pos, eva, neg, meta)
    r2 = readme129.render(*b)
    if r1 != r2:
        raise SystemExit('README non-deterministic')
    outdir = sys.argv[1] if len(sys.argv) > 1 else OUT
    for name, s in zip(('secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'), fa):
        open(os.path.join(outdir, name), 'w', encoding='utf-8').write(s)
    open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok: %d positives, %d evasions, %d negatives, %d mutation tests caught' % (len(pos), len(eva), len(neg), nm))
    print('dropped password syntaxes:', meta['pw_dropped'])
    print('dropped languages:', meta['pr_dropped'])


if __name__ == '__main__':
    main()
