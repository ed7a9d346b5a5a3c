#!/usr/bin/env python3
"""Build the p267 corpus: generate everything twice, check, mutate, render the README, then write.

    python3 build.py [outdir]      build (default: this folder)
    python3 build.py --freeze      re-extract the deny-list from /tmp/brief267/ into brief_names.json
"""
import sys
sys.dont_write_bytecode = True

import json   # noqa: E402
import os     # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks267 as K        # noqa: E402
import common267 as C        # noqa: E402
import everyday267 as E      # noqa: E402
import evasions267 as EV     # noqa: E402
import negatives267 as N     # noqa: E402
import positional267 as P    # noqa: E402
import prose267 as PR        # noqa: E402
import readme267 as R        # noqa: E402
import vendor267 as V        # noqa: E402

BRIEF_DIR = '/tmp/brief267'
BRIEF_FILES = ['README_twohundredsixtyfourth.md', 'README_twohundredsixtyfifth.md']
DENY_PATH = os.path.join(HERE, 'brief_names.json')


def extract_brief():
    texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in BRIEF_FILES]
    d = C.extract_denylist(texts)
    out = {'source': BRIEF_DIR, 'files': BRIEF_FILES}
    out.update(d)
    out['earlier_encodings'] = sorted(K.earlier_encoding_names(texts))
    return out


def load_deny():
    frozen = json.load(open(DENY_PATH, encoding='utf-8'))
    note = 'frozen copy used (%s not present)' % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_brief()
        if fresh != frozen:
            raise SystemExit('brief_names.json differs from a fresh extraction of %s' % BRIEF_DIR)
        note = 're-extracted from %s and identical' % BRIEF_DIR
    return frozen, note


def generate(deny):
    reg = C.Registry()
    every, gen = E.build(reg)
    vend, hs_keys, nbs, styles = V.build(reg)
    pos = P.build(reg)
    prose = PR.build(reg)
    evas = EV.build(reg)
    negs, meta = N.build()
    secrets = []
    for i, r in enumerate(every + vend + pos + prose):
        secrets.append({'id': 'p267-s-%04d' % (i + 1), 'type': r['type'], 'container': r['container'], 'text': r['text'],
                        'secrets': r['secrets'], 'source': r['source']})
    evasions = []
    for i, r in enumerate(evas):
        evasions.append({'id': 'p267-e-%04d' % (i + 1), 'type': r['type'], 'container': r['container'], 'encoding': r['encoding'],
                         'text': r['text'], 'secrets': r['secrets'], 'source': r['source']})
    negatives = []
    for i, r in enumerate(negs):
        negatives.append({'id': 'p267-n-%04d' % (i + 1), 'class': r['class'], 'container': r['container'], 'text': r['text'],
                          'source': r['source']})
    ctx = K.Ctx()
    ctx.jwe_secrets = dict(gen.jwe_secrets)
    ctx.hs_keys = list(hs_keys)
    ctx.vendor_nbs = list(nbs)
    ctx.registry = list(reg.items)
    ctx.neg_meta = meta
    ctx.deny = deny
    ctx.earlier_encodings = deny['earlier_encodings']
    ctx.styles = styles
    return {'secrets': secrets, 'evasions': evasions, 'negatives': negatives}, ctx


def jsonl(recs):
    return ''.join(C.dumps_line(r) + '\n' for r in recs).encode('utf-8')


def main(argv):
    if '--freeze' in argv:
        d = extract_brief()
        with open(DENY_PATH, 'w', encoding='utf-8') as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print('froze %d names, %d syntaxes, %d language codes, %d language names, %d earlier encodings' % (
            len(d['names']), len(d['syntaxes']), len(d['language_codes']), len(d['language_names']), len(d['earlier_encodings'])))
        return 0
    outdir = argv[0] if argv else HERE
    deny, deny_note = load_deny()
    errors = C.selftest()
    data1, ctx1 = generate(deny)
    data2, ctx2 = generate(deny)
    files1 = {k: jsonl(data1[k]) for k in data1}
    files2 = {k: jsonl(data2[k]) for k in data2}
    if files1 != files2:
        errors.append('determinism: the two generations differ')
    parsed = {k: [json.loads(line) for line in files1[k].decode('utf-8').splitlines()] for k in files1}
    if parsed != data1:
        errors.append('JSONL bytes do not parse back to the same records')
    errors += K.check_all(parsed, ctx1)
    muts = K.run_mutations(parsed, ctx1, errors)
    for name, caught in muts:
        if not caught:
            errors.append('mutation test not caught: %s' % name)
    stats = {'deny_note': deny_note, 'mutations': muts, 'clean_errors': len(errors), 'registry': len(ctx1.registry)}
    readme1 = R.render(parsed, ctx1, deny, stats)
    readme2 = R.render(data2, ctx2, deny, stats)
    if readme1 != readme2:
        errors.append('determinism: README renders differ')
    if errors:
        print('BUILD FAILED with %d error(s):' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (('secrets', 'secrets.jsonl'), ('evasions', 'evasions.jsonl'), ('negatives', 'negatives.jsonl')):
        with open(os.path.join(outdir, fn), 'wb') as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(readme1)
    print('ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s' % (
        len(parsed['secrets']), len(parsed['evasions']), len(parsed['negatives']), sum(1 for _, c in muts if c), len(muts), deny_note))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
