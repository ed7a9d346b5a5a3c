#!/usr/bin/env python3
"""Build the privacy_twentysecond corpus. Runs every check first; writes nothing if one fails."""
import json, os, re, sys
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from gen_decoders import DEC, selftest as decoder_selftest
from gen_encodings import ENC

BRIEF_DIR = '/tmp/brief22'
BRIEF_FILES = ['privacy_twentieth_README.md', 'privacy_twentyfirst_README.md']


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def extract_brief():
    names, langs = set(), set()
    for f in BRIEF_FILES:
        t = open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read()
        names.update(re.findall(r'`([^`\n]+)`', t))
        for line in t.split('\n'):
            if line.startswith('Prose languages'):
                langs.update(m.strip() for m in re.findall(r'`[a-z]+` \(([^()]+(?:\([^()]*\))?)\)', line))
    return {'backticked': sorted(names), 'prose_language_names': sorted(langs)}


def generate():
    ev, ev_use = gen_everyday.build()
    ve, style_use, structured = gen_vendor.build()
    pw = gen_passwords.build()
    pr = gen_prose.build()
    pos = []
    n = 0
    for source, recs in (('everyday', ev), ('vendor', ve), ('password', pw), ('prose', pr)):
        for kind, text, secrets in recs:
            n += 1
            pos.append(common.make_record('p22-s-%04d' % n, kind, text, secrets, source))
    avoid = {s['value'] for r in pos for s in r['secrets']}
    evs = []
    for i, (kind, text, secrets, enc) in enumerate(gen_evasions.build(avoid), 1):
        evs.append(common.make_record('p22-e-%04d' % i, kind, text, secrets, 'evasion', {'encoding': enc}))
    negrecs, docs, doc_checks = gen_negatives.build()
    negs = [{'id': 'p22-n-%04d' % i, 'class': c, 'container': k, 'text': t, 'source': 'negative'}
            for i, (c, k, t) in enumerate(negrecs, 1)]
    meta = dict(ev_use=ev_use, style_use=style_use, structured=structured, docs=docs, doc_checks=doc_checks)
    return pos, evs, negs, meta


def check_spans(rec):
    text, spans = rec['text'], rec['secrets']
    need(spans, 'no spans ' + rec['id'])
    last = -1
    for s in spans:
        need(text[s['start']:s['end']] == s['value'], 'reslice ' + rec['id'])
        need(s['start'] >= last, 'overlap/unsorted ' + rec['id'])
        need(s['value'] == s['value'].strip(), 'edge whitespace ' + rec['id'])
        last = s['end']
    need(rec['type'] == spans[0]['type'], 'record type ' + rec['id'])
    cnt = Counter(s['value'] for s in spans)
    for v, c in cnt.items():
        need(text.count(v) == c, 'occurrence count %s %r' % (rec['id'], v))


def run_checks(pos, evs, negs, meta, brief):
    report = {}
    allrecs = pos + evs + negs
    ids = [r['id'] for r in allrecs]
    need(len(ids) == len(set(ids)), 'duplicate ids')
    for r in allrecs:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, 'json round trip ' + r['id'])
    # spans
    owner = {}
    for r in pos + evs:
        check_spans(r)
        for s in r['secrets']:
            need(owner.setdefault(s['value'], r['id']) == r['id'], 'value reused across records ' + r['id'])
    # structured values
    st = Counter()
    for r in pos:
        for s in r['secrets']:
            v = s['value']
            if re.fullmatch(r'(gh[pousr]_|npm_)[A-Za-z0-9]{36}', v):
                need(common.github_token_valid(v), 'crc ' + r['id']); st['github_style_crc32_base62'] += 1
    for r in evs:
        p = r['secrets'][0]['plain']
        if re.fullmatch(r'(gh[pousr]_|npm_)[A-Za-z0-9]{36}', p):
            need(common.github_token_valid(p), 'crc plain ' + r['id']); st['github_style_crc32_base62'] += 1
    for kind, v in meta['structured']:
        if kind == 'github_style_crc32_base62':
            continue
        ok = {'base58check': lambda x: common.b58check_ok(x),
              'base58check_ripple': lambda x: common.b58check_ok(x, common.B58_RIPPLE),
              'bech32': common.bech32_ok, 'stellar_strkey_crc16': common.stellar_ok,
              'jwt_segments_decode': common.jwt_segments_ok}[kind](v)
        need(ok, 'structured %s %s' % (kind, v[:12]))
        st[kind] += 1
    report['structured'] = dict(sorted(st.items()))
    # evasions
    report['decoder_selftests'] = decoder_selftest()
    posvals = {s['value'] for r in pos for s in r['secrets']}
    for r in evs:
        need(len(r['secrets']) == 1, 'evasion span count ' + r['id'])
        s = r['secrets'][0]
        enc = s['encoding']
        need(enc == r['encoding'] and enc in DEC, 'encoding name ' + r['id'])
        need(DEC[enc](s['value'], s.get('encoding_key')) == s['plain'], 'decoder ' + r['id'])
        need(s['plain'] not in r['text'], 'plain verbatim ' + r['id'])
        need(s['plain'] not in posvals, 'plain is a positive value ' + r['id'])
        need(r['text'].count(s['value']) == 1, 'encoded value occurs once ' + r['id'])
        keyed = ENC[enc][1]
        need(('encoding_key' in s) == keyed, 'encoding_key presence ' + r['id'])
        if keyed:
            outside = r['text'][:s['start']] + r['text'][s['end']:]
            need(s['encoding_key'] in outside, 'key not stated ' + r['id'])
    plains = [r['secrets'][0]['plain'] for r in evs]
    need(len(plains) == len(set(plains)), 'duplicate evasion plains')
    # negatives
    texts = [n['text'] for n in negs]
    need(len(texts) == len(set(texts)), 'duplicate negative texts')
    forbidden = {v for v in posvals if len(v) >= 6}
    forbidden |= {r['secrets'][0]['value'] for r in evs} | {r['secrets'][0]['plain'] for r in evs}
    for n in negs:
        for v in forbidden:
            need(v not in n['text'], 'positive value in negative ' + n['id'])
        need('PRIVATE KEY' not in n['text'], 'private key in negative ' + n['id'])
        for m in re.finditer(r'(?:ghp_|gho_|ghu_|ghs_|npm_)[A-Za-z0-9]{36}', n['text']):
            need(not common.github_token_valid(m.group(0)), 'valid github token in negative ' + n['id'])
    postexts = [r['text'] for r in pos + evs]
    labelled = posvals | {r['secrets'][0]['plain'] for r in evs}
    for kind, text, vals in meta['docs']:
        for v in vals:
            need(any(v in t for t in texts), 'doc value missing ' + kind)
            need(v not in labelled, 'doc value labelled ' + kind)
            if len(v) >= 8:
                need(not any(v in t for t in postexts), 'doc value in positives ' + kind)
    report['doc_recomputed'] = meta['doc_checks']
    # counts
    src = Counter(r['source'] for r in pos)
    need(src['everyday'] == 240, 'everyday count')
    need(190 <= src['vendor'] <= 230, 'vendor count')
    need(95 <= src['password'] <= 125, 'password count')
    need(src['prose'] == 40, 'prose count')
    langs = {r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}
    need(len(langs) == 40, 'prose languages')
    need(len(evs) == 99 and len({r['encoding'] for r in evs}) == 33
         and set(Counter(r['encoding'] for r in evs).values()) == {3}, 'evasion counts')
    ncls = Counter(n['class'] for n in negs)
    need(len(negs) >= 220 and len(ncls) == 16, 'negative counts')
    # deny-list overlap
    deny = set(brief['backticked'])
    for d in list(deny):  # also every `__`-separated part of a deny-listed name, and wrapper names without `__`
        deny.add(d.strip('_'))
        deny.update(p for p in d.split('__') if p)
    new_names = []
    for r in pos + evs + negs:
        new_names.append(('container', r['container']))
        for part in r['container'].split('__'):
            new_names.append(('container part', part))
    new_names += [('vendor style', s) for s in list(gen_vendor.ENV_STYLES) + list(gen_vendor.HEADER_STYLES)]
    new_names += [('encoding', e) for e in ENC]
    new_names += [('evasion wording', w) for w in gen_evasions.WORDINGS]
    new_names += [('prose language', c) for c, *_ in gen_prose.L] + [('prose format', f) for f in gen_prose.FORMATS]
    new_names += [('negative wrapper', w.lstrip('_')) for w in gen_negatives.WRAPPERS if w]
    new_names += [('negative kind', k) for k in gen_negatives.B]
    new_names += [('span type', s['type']) for r in pos if r['source'] in ('vendor', 'password') for s in r['secrets']]
    bad = sorted({(a, b) for a, b in new_names if b in deny})
    need(not bad, 'deny-list overlap: %r' % bad[:10])
    lnames = set(brief['prose_language_names'])
    badl = [name for _, name, *_ in gen_prose.L if name in lnames]
    need(not badl, 'language overlap %r' % badl)
    everyday_types = set(gen_everyday.TYPES)
    for r in pos:
        if r['source'] in ('vendor', 'password'):
            for s in r['secrets']:
                need(s['type'] not in everyday_types, 'new span type equals everyday type ' + r['id'])
    report['deny_names'] = len(deny)
    report['deny_names_raw'] = len(brief['backticked'])
    report['checked_names'] = len(set(b for _, b in new_names))
    return report


def serialise(recs):
    return ''.join(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n' for r in recs).encode('utf-8')


def main():
    brief = json.load(open(os.path.join(HERE, 'brief_names.json'), encoding='utf-8'))
    if os.path.isdir(BRIEF_DIR):
        need(extract_brief() == brief, 'brief_names.json differs from the READMEs in ' + BRIEF_DIR)
    pos, evs, negs, meta = generate()
    report = run_checks(pos, evs, negs, meta, brief)
    # determinism inside one process: a second generation must be byte-identical
    pos2, evs2, negs2, _ = generate()
    need(serialise(pos) == serialise(pos2) and serialise(evs) == serialise(evs2) and serialise(negs) == serialise(negs2),
         'non-deterministic generation')
    import readme
    md = readme.render(pos, evs, negs, meta, report)
    out = {'secrets.jsonl': serialise(pos), 'evasions.jsonl': serialise(evs), 'negatives.jsonl': serialise(negs),
           'README.md': md.encode('utf-8')}
    for name, data in out.items():
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(data)
    print('ok: %d positives, %d evasions, %d negatives' % (len(pos), len(evs), len(negs)))
    print(json.dumps(report, sort_keys=True))


if __name__ == '__main__':
    try:
        main()
    except CheckError as e:
        print('CHECK FAILED:', e, file=sys.stderr)
        sys.exit(1)
