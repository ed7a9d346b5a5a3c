#!/usr/bin/env python3
"""Builds the p269 corpus: python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks269  # noqa: E402
import common269 as C  # noqa: E402
import evasions269  # noqa: E402
import everyday269  # noqa: E402
import negatives269  # noqa: E402
import positional269  # noqa: E402
import prose269  # noqa: E402
import readme269  # noqa: E402
import vendor269  # noqa: E402

DENY_FILE = os.path.join(HERE, 'brief_names.json')


def _key(seed, n=32):
    r = random.Random(seed)
    return bytes(r.getrandbits(8) for _ in range(n))


def generate():
    secrets = {'paseto_key': _key(26971), 'jwt_key': _key(26972)}
    reg = C.Registry()
    every = everyday269.build(reg, secrets)
    vend = vendor269.build(reg, secrets)
    neighbours = [r.pop('_neighbour') for r in vend]
    neighbours = [n for n in neighbours if n]
    pw = positional269.build(reg)
    pr = prose269.build(reg)
    ev = evasions269.build(reg)
    neg = negatives269.build(reg)
    positives = []
    for k, r in enumerate(every + vend + pw + pr):
        positives.append({'id': 'p269-s-%04d' % (k + 1), 'type': r['type'], 'container': r['container'], 'text': r['text'],
                          'secrets': [dict((f, r['secrets'][0][f]) for f in checks269.POS_SPAN)], 'source': r['source']})
    evasions = []
    for k, r in enumerate(ev):
        evasions.append({'id': 'p269-e-%04d' % (k + 1), 'type': r['type'], 'container': r['container'], 'encoding': r['encoding'],
                         'text': r['text'], 'secrets': [dict((f, r['secrets'][0][f]) for f in checks269.EV_SPAN)],
                         'source': 'evasion'})
    negatives = []
    for k, r in enumerate(neg):
        negatives.append({'id': 'p269-n-%04d' % (k + 1), 'class': r['class'], 'container': r['container'], 'text': r['text'],
                          'source': 'negative'})
    return {'secrets': secrets, 'positives': positives, 'evasions': evasions, 'negatives': negatives,
            'neighbours': neighbours, 'n_registry': len(reg.items)}


def dumps(records):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in records).encode('utf-8')


def load_deny():
    if not os.path.exists(DENY_FILE):
        return None, 'brief_names.json is missing (run python3 build.py --freeze)'
    deny = json.load(open(DENY_FILE, encoding='utf-8'))
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.BRIEF_DIR)
        if fresh != deny:
            return None, 'brief_names.json differs from a fresh extraction of %s' % C.BRIEF_DIR
        return deny, 'this build: re-extracted from %s and identical.' % C.BRIEF_DIR
    return deny, 'this build: %s was absent, so the frozen list was used as is.' % C.BRIEF_DIR


def main(argv):
    if '--freeze' in argv:
        d = C.extract_denylist(C.BRIEF_DIR)
        with open(DENY_FILE, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('froze %d names, %d syntaxes, %d language codes, %d language names, %d earlier encodings' % (
            len(d['names']), len(d['syntaxes']), len(d['language_codes']), len(d['language_names']), len(d['earlier_encodings'])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    try:
        C.selftest()
    except AssertionError as ex:
        errors.append('self-test failed: %r' % ex)
    deny, status = load_deny()
    if deny is None:
        print('ERROR: ' + status)
        return 1
    d1 = generate()
    d2 = generate()
    files = {}
    for name, key in (('secrets.jsonl', 'positives'), ('evasions.jsonl', 'evasions'), ('negatives.jsonl', 'negatives')):
        b1, b2 = dumps(d1[key]), dumps(d2[key])
        if b1 != b2:
            errors.append('determinism: %s differs between two generations' % name)
        back = [json.loads(line) for line in b1.decode('utf-8').splitlines()]
        if back != d1[key]:
            errors.append('%s does not parse back to the same records' % name)
        files[name] = b1
    errors += checks269.run_checks(d1, deny)
    clean, muts = checks269.run_mutations(d1, deny)
    missed = [n for n, ok in muts if not ok]
    if missed:
        errors.append('mutation tests not caught: %s' % missed)
    if len(muts) < 12:
        errors.append('fewer than 12 mutation tests')
    r1 = readme269.render(d1, deny, muts, status, d1['n_registry'])
    r2 = readme269.render(d2, deny, muts, status, d2['n_registry'])
    if r1 != r2:
        errors.append('README differs between two renderings')
    if errors:
        for e in errors[:200]:
            print('ERROR:', e)
        print('%d errors; nothing written' % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, b in files.items():
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(b)
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(r1)
    pos = d1['positives']
    print('OK: %d positives (everyday %d, vendor %d, password %d, prose %d), %d evasions, %d negatives; %d/%d mutations caught; %s'
          % (len(pos), sum(r['source'] == 'everyday' for r in pos), sum(r['source'] == 'vendor' for r in pos),
             sum(r['source'] == 'password' for r in pos), sum(r['source'] == 'prose' for r in pos), len(d1['evasions']),
             len(d1['negatives']), sum(ok for _, ok in muts), len(muts), status))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
