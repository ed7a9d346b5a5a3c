#!/usr/bin/env python3
"""Build privacy_twentyfourth (p24): run every check, then write the JSONL files and README.md.

Standard library only; fixed seeds; no clock, environment or network.
  python3 build.py           check + write
  python3 build.py --freeze  (re)write brief_names.json from /tmp/brief24 (done once)
"""
import base64, json, os, re, sys
import common
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_decoders, gen_encodings
import readme

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = '/tmp/brief24'
BRIEF_FILES = ['privacy_twentysecond_README.md', 'privacy_twentythird_README.md']
# languages the two READMEs mention as used by even earlier corpora (prose notes)
EXTRA_LANG = ['German', 'ms', 'Malay', 'id', 'Indonesian']


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


# ---------------------------------------------------------------- deny-list
def extract_brief_names():
    names, langs = set(), set()
    for f in BRIEF_FILES:
        t = open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read()
        names |= set(re.findall(r'`([^`\n]+)`', t))
        for line in t.split('\n'):
            if line.startswith('Prose languages'):
                for m in re.finditer(r'`([a-z]{2,3})` \(((?:[^()]|\([^()]*\))*)\)', line):
                    langs.add(m.group(1))
                    langs.add(m.group(2))
    langs |= set(EXTRA_LANG)
    return {'names': sorted(names), 'languages': sorted(langs)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    need(os.path.exists(path), 'brief_names.json missing (run --freeze once)')
    frozen = json.load(open(path, encoding='utf-8'))
    if os.path.isdir(BRIEF_DIR):
        need(extract_brief_names() == frozen, 'brief_names.json differs from the READMEs in %s' % BRIEF_DIR)
    deny = set()
    for n in frozen['names']:
        for x in [n] + n.split('__'):
            x = x.strip().lower()
            if x:
                deny.add(x)
                deny.add(x.lstrip('_'))
    deny.discard('')
    lang = set()
    for l in frozen['languages']:
        l = l.lower()
        lang.add(l)
        lang.add(re.sub(r'\s*\(.*\)', '', l).strip())
    return frozen, deny, lang


def check_denylist(pos, ev, neg, deny, lang_deny):
    mine = {}

    def add(kind, name):
        mine.setdefault(name, set()).add(kind)
    for r in pos:
        src = r['source']
        for part in r['container'].split('__'):
            add('container/' + src, part)
        add('container/' + src, r['container'])
        if src in ('vendor', 'password'):
            for s in r['secrets']:
                add('type/' + src, s['type'])
    for s in gen_vendor.ENV_STYLES:
        add('vendor_style', s)
    for s in gen_vendor.HEADER_STYLES:
        add('vendor_style', s)
    for f in gen_prose.FORMATS:
        add('prose_format', f)
    for r in ev:
        add('encoding', r['encoding'])
        add('evasion_container', r['container'])
        for part in r['container'].split('__'):
            add('evasion_container_part', part)
    for w in gen_evasions.WORDINGS:
        add('evasion_wording', w)
    for r in neg:
        add('negative_container', r['container'])
        for part in r['container'].split('__'):
            add('negative_container_part', part)
    for w in gen_negatives.WRAPPERS:
        add('negative_wrapper', w)
    bad = sorted(n for n in mine if n.lower() in deny or n.lower().lstrip('_') in deny)
    need(not bad, 'deny-list overlap: %s' % bad[:20])
    lbad = []
    for code, (name, _, _) in gen_prose.LANGS.items():
        base = re.sub(r'\s*\(.*\)', '', name).strip().lower()
        for x in (code.lower(), name.lower(), base):
            if x in lang_deny or x in deny:
                lbad.append((code, x))
    need(not lbad, 'language overlap: %s' % lbad)
    return len(mine) + 2 * len(gen_prose.LANGS)


# ---------------------------------------------------------------- generation
def generate():
    ever = gen_everyday.build()
    vend = gen_vendor.build()
    pw = gen_passwords.build()
    prose = gen_prose.build()
    pos = ever + vend + pw + prose
    specs = {}
    for i, r in enumerate(pos, 1):
        r['id'] = 'p24-s-%04d' % i
        if '_spec' in r:
            specs[r['id']] = r.pop('_spec')
    pos = [{'id': r['id'], 'type': r['type'], 'container': r['container'], 'text': r['text'], 'secrets': r['secrets'],
            'source': r['source']} for r in pos]
    ev = []
    for i, r in enumerate(gen_evasions.build(), 1):
        ev.append({'id': 'p24-e-%04d' % i, 'type': r['type'], 'container': r['container'], 'text': r['text'],
                   'secrets': r['secrets'], 'source': r['source'], 'encoding': r['encoding']})
    neg = []
    for i, r in enumerate(gen_negatives.build(), 1):
        neg.append({'id': 'p24-n-%04d' % i, 'class': r['class'], 'container': r['container'], 'text': r['text'],
                    'source': 'negative'})
    return pos, ev, neg, specs


def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


# ---------------------------------------------------------------- checks
JWT_RE = re.compile(r'^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$')


def _b64any(s):
    s = s + '=' * (-len(s) % 4)
    return base64.urlsafe_b64decode(s.replace('+', '-').replace('/', '_'))


def check_spans(recs):
    for r in recs:
        t = r['text']
        need(r['secrets'], '%s has no span' % r['id'])
        need(r['type'] == r['secrets'][0]['type'], '%s type != first span type' % r['id'])
        prev = 0
        for s in r['secrets']:
            need(t[s['start']:s['end']] == s['value'], '%s span does not re-slice' % r['id'])
            need(s['start'] >= prev, '%s spans overlap / unsorted' % r['id'])
            need(s['value'] == s['value'].strip(), '%s span edge whitespace' % r['id'])
            prev = s['end']
        for v in set(s['value'] for s in r['secrets']):
            labelled = sum(1 for s in r['secrets'] if s['value'] == v)
            need(t.count(v) == labelled, '%s value %r occurs %d times, labelled %d' % (r['id'], v[:20], t.count(v), labelled))


def check_structured(pos, ev, specs):
    counts = {}

    def bump(k):
        counts[k] = counts.get(k, 0) + 1
    values = [(r['id'], s['value'], s['type']) for r in pos for s in r['secrets']]
    values += [(r['id'], s['plain'], s['type']) for r in ev for s in r['secrets']]
    for rid, v, typ in values:
        if re.match(r'^(gh[pousr]_|npm_)', v):
            need(common.gh_valid(v), '%s bad CRC %s' % (rid, v))
            bump('github_style_crc32_base62')
    for r in pos:
        spec = specs.get(r['id'])
        v = r['secrets'][0]['value']
        if spec is None:
            continue
        if spec in ('@nsec', '@age'):
            need(common.bech32_valid(v), '%s bech32' % r['id'])
            bump('bech32_bip173')
        elif spec.startswith('@pem'):
            need(common.pem_key_valid(v), '%s PEM' % r['id'])
            bump('pem_der_private_key')
        elif JWT_RE.match(v):
            h, p, _ = v.split('.')
            json.loads(_b64any(h))
            json.loads(_b64any(p))
            bump('jwt_segments_decode')
        elif spec in ('@op', '@glc', '@sntrys', '@es_enroll', '@cf_tunnel', '@grafana_legacy', '@convex'):
            body = {'@op': lambda x: x[4:], '@glc': lambda x: x[4:], '@sntrys': lambda x: x[7:].rsplit('_', 1)[0],
                    '@convex': lambda x: x.split('|', 1)[1]}.get(spec, lambda x: x)(v)
            json.loads(_b64any(body))
            bump('base64_json_payload')
        elif spec == '@jfrog_ref':
            need(_b64any(v).startswith(b'reftkn:01:'), '%s jfrog' % r['id'])
            bump('base64_text_payload')
        elif spec == '@wg':
            b = base64.b64decode(v)
            need(len(b) == 32 and b[0] & 7 == 0 and b[31] & 0xC0 == 0x40, '%s wg clamp' % r['id'])
            bump('x25519_clamped_key')
    for r in pos:
        for s in r['secrets']:
            if s['type'] == 'bitlocker_recovery_password_switch':
                g = s['value'].split('-')
                need(len(g) == 8 and all(int(x) % 11 == 0 and int(x) < 720896 for x in g), 'bitlocker groups')
                bump('bitlocker_recovery_groups_mod11')
    return counts


def check_evasions(ev, pos):
    posvals = {s['value'] for r in pos for s in r['secrets']}
    for name, enc, plain, key in gen_decoders.SELFTEST:
        need(gen_decoders.DEC[name](enc, key) == plain, 'decoder self-test failed: %s' % name)
    plains = set()
    for r in ev:
        need(len(r['secrets']) == 1, '%s span count' % r['id'])
        s = r['secrets'][0]
        need(s['encoding'] == r['encoding'], '%s encoding mismatch' % r['id'])
        need(gen_decoders.DEC[s['encoding']](s['value'], s.get('encoding_key')) == s['plain'], '%s does not decode' % r['id'])
        need(s['plain'] not in r['text'], '%s plain verbatim' % r['id'])
        need(s['plain'] not in posvals, '%s plain reused in positives' % r['id'])
        need(s['plain'] not in plains, '%s plain reused' % r['id'])
        plains.add(s['plain'])
        keyed = s['encoding'] in gen_encodings.KEYED
        need(keyed == ('encoding_key' in s), '%s encoding_key presence' % r['id'])
        if keyed:
            outside = r['text'][:s['start']] + '\x00' + r['text'][s['end']:]
            need(s['encoding_key'] in outside, '%s key not stated' % r['id'])


def check_negatives(neg, pos, ev):
    texts = [r['text'] for r in neg]
    need(len(set(texts)) == len(texts), 'duplicate negative texts')
    bad_vals = {s['value'] for r in pos for s in r['secrets'] if len(s['value']) >= 6}
    bad_vals |= {s['value'] for r in ev for s in r['secrets']} | {s['plain'] for r in ev for s in r['secrets']}
    for r in neg:
        for v in bad_vals:
            need(v not in r['text'], '%s contains a positive value' % r['id'])
        for m in re.finditer(r'(gh[pousr]_|npm_)[A-Za-z0-9]{36}', r['text']):
            need(not common.gh_valid(m.group(0)), '%s has a CRC-valid token' % r['id'])
        need('PRIVATE KEY' not in r['text'], '%s has a private key' % r['id'])
    alltext = '\n'.join(r['text'] for r in pos + ev)
    for kind, (text, vals) in gen_negatives.DOCS.items():
        rec = [r for r in neg if r['container'] == kind]
        need(len(rec) == 1, 'doc record %s' % kind)
        for v in vals:
            need(v in rec[0]['text'], '%s value missing' % kind)
            if len(v) >= 8:
                need(v not in alltext, '%s doc value leaked into positives' % kind)
    rc = gen_negatives.recompute_docs()
    need(all(rc.values()), 'documentation recompute failed: %s' % rc)
    return rc


def check_ids_counts(pos, ev, neg):
    ids = [r['id'] for r in pos + ev + neg]
    need(len(set(ids)) == len(ids), 'duplicate ids')
    for r in pos:
        need(re.fullmatch(r'p24-s-\d{4}', r['id']), 'id format')
    for r in ev:
        need(re.fullmatch(r'p24-e-\d{4}', r['id']), 'id format')
    for r in neg:
        need(re.fullmatch(r'p24-n-\d{4}', r['id']), 'id format')
    for r in pos + ev + neg:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, 'json round trip')
    by = {}
    for r in pos:
        by.setdefault(r['source'], []).append(r)
    need(len(by['everyday']) == 240 and len({r['container'] for r in by['everyday']}) == 60, 'everyday counts')
    need(190 <= len(by['vendor']) <= 230 and len({r['type'] for r in by['vendor']}) == len(by['vendor']), 'vendor counts')
    need(100 <= len(by['password']) <= 125 and len({r['type'] for r in by['password']}) == len(by['password']), 'password counts')
    need(len(by['prose']) == 40 and len({r['container'].split('__')[1] for r in by['prose']}) == 40, 'prose counts')
    need(len(ev) == 99 and len({r['encoding'] for r in ev}) == 33, 'evasion counts')
    need(len(neg) >= 220 and len({r['class'] for r in neg}) == 16, 'negative counts')
    allv = [s['value'] for r in pos + ev for s in r['secrets']]
    per_rec = [set(s['value'] for s in r['secrets']) for r in pos + ev]
    seen = {}
    for i, vs in enumerate(per_rec):
        for v in vs:
            need(v not in seen, 'value reused across records: %r' % v[:30])
            seen[v] = i


def main():
    frozen_path = os.path.join(HERE, 'brief_names.json')
    if '--freeze' in sys.argv:
        with open(frozen_path, 'w', encoding='utf-8') as f:
            json.dump(extract_brief_names(), f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('froze brief_names.json')
        return
    frozen, deny, lang_deny = load_denylist()
    pos, ev, neg, specs = generate()
    check_ids_counts(pos, ev, neg)
    check_spans(pos)
    check_spans(ev)
    struct = check_structured(pos, ev, specs)
    check_evasions(ev, pos)
    rc = check_negatives(neg, pos, ev)
    compared = check_denylist(pos, ev, neg, deny, lang_deny)
    out = {'secrets.jsonl': dump(pos), 'evasions.jsonl': dump(ev), 'negatives.jsonl': dump(neg)}
    pos2, ev2, neg2, _ = generate()
    need(dump(pos2) == out['secrets.jsonl'] and dump(ev2) == out['evasions.jsonl'] and dump(neg2) == out['negatives.jsonl'],
         'second generation differs (nondeterminism)')
    stats = {'struct': struct, 'docs': rc, 'deny_names': len(frozen['names']), 'deny_langs': len(frozen['languages']),
             'deny_expanded': len(deny), 'compared': compared}
    out['README.md'] = readme.render(pos, ev, neg, stats)
    for name, data in out.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(data)
    print('all checks passed: %d positives, %d evasions, %d negatives; structured %s' % (len(pos), len(ev), len(neg), struct))


if __name__ == '__main__':
    try:
        main()
    except CheckError as e:
        print('CHECK FAILED:', e)
        sys.exit(1)
