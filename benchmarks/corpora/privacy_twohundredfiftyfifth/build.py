#!/usr/bin/env python3
"""Build the p255 corpus: generate twice, compare, check, run mutation tests, then write."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common255 as C  # noqa: E402
import everyday255  # noqa: E402
import vendor255  # noqa: E402
import positional255  # noqa: E402
import prose255  # noqa: E402
import evasions255  # noqa: E402
import negatives255  # noqa: E402
import checks255  # noqa: E402
import readme255  # noqa: E402


def _with_ids(recs, tag):
    out = []
    for i, r in enumerate(recs, 1):
        d = {'id': '%s-%s-%04d' % (C.PREFIX, tag, i)}
        d.update(r)
        out.append(d)
    return out


def generate():
    reg = C.Registry()
    ev = everyday255.build(reg)
    vd = vendor255.build(reg)
    pw = positional255.build(reg)
    pr = prose255.build(reg)
    eva, plains = evasions255.build(reg)
    neg = negatives255.build(reg, plains)
    return {'secrets': _with_ids(ev + vd + pw + pr, 's'), 'evasions': _with_ids(eva, 'e'),
            'negatives': _with_ids(neg, 'n'), 'registry_size': len(reg.items)}


def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)


def main(argv):
    if '--freeze' in argv:
        path = os.path.join(HERE, 'brief_names.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(C.extract_denylist(), f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('froze deny-list into', path)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, status = C.load_denylist()
    d1 = generate()
    d2 = generate()
    errors = []
    files = {}
    for key in ('secrets', 'evasions', 'negatives'):
        b1, b2 = dumps(d1[key]), dumps(d2[key])
        if b1 != b2:
            errors.append('determinism: %s differs between two generations' % key)
        if [json.loads(l) for l in b1.splitlines()] != d1[key]:
            errors.append('%s does not parse back to the same records' % key)
        files[key + '.jsonl'] = b1
    errors += checks255.run(d1, deny)
    muts = checks255.run_mutations(d1, deny, errors)
    ctx = {'deny': deny, 'deny_status': status, 'mutations': muts, 'errors': len(errors)}
    r1, r2 = readme255.render(d1, ctx), readme255.render(d2, ctx)
    if r1 != r2:
        errors.append('determinism: README differs between two generations')
    if len(muts) < 12:
        errors.append('fewer than 12 mutation tests')
    for name, caught in muts:
        if not caught:
            errors.append('mutation %s was not caught' % name)
    if errors:
        for e in errors[:200]:
            print('ERROR', e)
        print('%d errors; nothing written' % len(errors))
        return 1
    files['README.md'] = r1
    os.makedirs(outdir, exist_ok=True)
    for name, content in files.items():
        with open(os.path.join(outdir, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(content)
    print('deny-list: %s' % status)
    print('secrets %d (everyday %d, vendor %d, password %d, prose %d), evasions %d, negatives %d'
          % (len(d1['secrets']), *[sum(1 for r in d1['secrets'] if r['source'] == s)
                                   for s in ('everyday', 'vendor', 'password', 'prose')],
             len(d1['evasions']), len(d1['negatives'])))
    print('checks: 0 errors; mutation tests caught %d/%d' % (sum(1 for _, c in muts if c), len(muts)))
    print('wrote', ', '.join(sorted(files)), 'to', outdir)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
