#!/usr/bin/env python3
"""Build the p254 held-out credential corpus.

python3 build.py [outdir]   generate twice, compare, check, run mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief254 into brief_names.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks254  # noqa: E402
import common254 as C  # noqa: E402
import everyday254  # noqa: E402
import evasions254  # noqa: E402
import negatives254  # noqa: E402
import positional254  # noqa: E402
import prose254  # noqa: E402
import readme254  # noqa: E402
import vendor254  # noqa: E402


def generate():
    reg = C.Registry()
    pos = everyday254.build(reg) + vendor254.build(reg) + positional254.build(reg) + prose254.build(reg)
    eva = evasions254.build(reg)
    neg = negatives254.build(reg, checks254.negative_forbidden(reg.items))
    out = {'secrets': [], 'evasions': [], 'negatives': []}
    for i, r in enumerate(pos):
        out['secrets'].append({'id': '%s-s-%04d' % (C.PREFIX, i + 1), **r})
    for i, r in enumerate(eva):
        out['evasions'].append({'id': '%s-e-%04d' % (C.PREFIX, i + 1), **r})
    for i, r in enumerate(neg):
        out['negatives'].append({'id': '%s-n-%04d' % (C.PREFIX, i + 1), **r})
    return out, len(reg.items)


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')


def main(argv):
    if '--freeze' in argv:
        d = C.extract_denylist()
        with open(os.path.join(HERE, 'brief_names.json'), 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        print('froze %d names, %d syntaxes, %d codes, %d language names' % (len(d['names']), len(d['syntaxes']), len(d['language_codes']), len(d['language_names'])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, deny_status = C.load_denylist()
    data1, nreg = generate()
    data2, _ = generate()
    files = ('secrets', 'evasions', 'negatives')
    b1 = {k: dumps(data1[k]) for k in files}
    b2 = {k: dumps(data2[k]) for k in files}
    for k in files:
        if b1[k] != b2[k]:
            errors.append('determinism: %s.jsonl differs between two generations' % k)
        back = [json.loads(line) for line in b1[k].decode('utf-8').splitlines()]
        if back != data1[k]:
            errors.append('determinism: %s.jsonl does not parse back to the same records' % k)
    errors += checks254.run_all(data1, deny)
    muts = checks254.run_mutations(data1, deny)
    for name, caught in muts:
        if not caught:
            errors.append('mutation test not caught: %s' % name)
    if len(muts) < 12:
        errors.append('fewer than 12 mutation tests')
    info = {'deny_status': deny_status, 'deny': deny, 'mutations': muts, 'registry': nreg, 'clean_errors': len(errors)}
    r1 = readme254.render(data1, info).encode('utf-8')
    r2 = readme254.render(data2, info).encode('utf-8')
    if r1 != r2:
        errors.append('determinism: README differs between two generations')
    if errors:
        print('BUILD FAILED (%d errors); nothing written' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in files:
        with open(os.path.join(outdir, k + '.jsonl'), 'wb') as f:
            f.write(b1[k])
    with open(os.path.join(outdir, 'README.md'), 'wb') as f:
        f.write(r1)
    print('ok: %d secrets, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s'
          % (len(data1['secrets']), len(data1['evasions']), len(data1['negatives']), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
