#!/usr/bin/env python3
"""Build the p277 held-out credential corpus.

python3 build.py [outdir]      build, check and (only if every check passes) write
python3 build.py --freeze      re-extract the deny-list from /tmp/brief277/ into brief_names.json
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common277 as C  # noqa: E402
import denylist277 as D  # noqa: E402
import everyday277 as EV  # noqa: E402
import vendor277 as V  # noqa: E402
import positional277 as POS  # noqa: E402
import prose277 as PR  # noqa: E402
import evasions277 as EVA  # noqa: E402
import negatives277 as NEG  # noqa: E402
import checks277 as CH  # noqa: E402
import readme277 as RM  # noqa: E402

DENY_FILE = os.path.join(HERE, 'brief_names.json')


def _order_pos(r, k):
    return {'id': '%s-s-%04d' % (C.PREFIX, k), 'type': r['type'], 'container': r['container'], 'text': r['text'],
            'secrets': r['secrets'], 'source': r['source']}


def _order_eva(r, k):
    return {'id': '%s-e-%04d' % (C.PREFIX, k), 'type': r['type'], 'container': r['container'], 'encoding': r['encoding'],
            'text': r['text'], 'secrets': r['secrets'], 'source': r['source']}


def _order_neg(r, k):
    return {'id': '%s-n-%04d' % (C.PREFIX, k), 'class': r['class'], 'container': r['container'], 'text': r['text'],
            'source': r['source']}


def generate_all():
    reg = C.Registry()
    ev, speck_key = EV.generate(reg)
    vd, neighbours = V.generate(reg)
    pos = POS.generate(reg)
    pr = PR.generate(reg)
    eva = EVA.generate(reg)
    regs = [x for x in reg.items if len(x) >= 6]
    neg = NEG.generate(reg, speck_key, lambda t: CH.negative_forbidden(t, regs))
    secrets = [_order_pos(r, k + 1) for k, r in enumerate(ev + vd + pos + pr)]
    evasions = [_order_eva(r, k + 1) for k, r in enumerate(eva)]
    negatives = [_order_neg(r, k + 1) for k, r in enumerate(neg)]
    data = {'secrets': secrets, 'evasions': evasions, 'negatives': negatives}
    ctx = {'speck_key': speck_key, 'registry': list(reg.items), 'neighbours': neighbours}
    return data, ctx


def dump(records):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in records).encode('utf-8')


def load_deny(errs, notes):
    with open(DENY_FILE, encoding='utf-8') as fh:
        deny = json.load(fh)
    if os.path.isdir(D.BRIEF_DIR):
        fresh = D.extract_from_dir()
        if fresh != deny:
            errs.append('deny-list re-extracted from %s differs from brief_names.json' % D.BRIEF_DIR)
        else:
            notes.append('re-extracted from %s and identical' % D.BRIEF_DIR)
    else:
        notes.append('%s absent; the frozen list was used' % D.BRIEF_DIR)
    return deny


def main(argv):
    if '--freeze' in argv:
        deny = D.extract_from_dir()
        with open(DENY_FILE, 'w', encoding='utf-8') as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write('\n')
        print('froze %d names, %d syntaxes, %d codes, %d language names, %d encodings, %d idea words' % (
            len(deny['names']), len(deny['syntaxes']), len(deny['language_codes']), len(deny['language_names']),
            len(deny['earlier_encodings']), len(deny['idea_words'])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errs = []
    notes = []
    try:
        selftest = C.selftest()
    except AssertionError as e:
        print('self-test failed: %r' % e)
        return 1
    deny = load_deny(errs, notes)

    data1, ctx1 = generate_all()
    data2, ctx2 = generate_all()
    files = {}
    for key in ('secrets', 'evasions', 'negatives'):
        b1, b2 = dump(data1[key]), dump(data2[key])
        if b1 != b2:
            errs.append('%s.jsonl differs between two generations' % key)
        back = [json.loads(line) for line in b1.decode('utf-8').splitlines()]
        if back != data1[key]:
            errs.append('%s.jsonl does not parse back to the same records' % key)
        files[key] = b1
    ctx1['deny'] = deny
    errs += CH.check_all(data1, ctx1)
    muts = CH.mutations(data1, ctx1)
    for name, caught in muts:
        if not caught:
            errs.append('mutation test not caught: %s' % name)
    info = {'selftest': selftest, 'deny_note': '; '.join(notes), 'mutations': muts, 'deny': deny,
            'clean_errors': len(errs), 'registry_size': len(ctx1['registry'])}
    readme1 = RM.render(data1, ctx1, info)
    readme2 = RM.render(data1, ctx1, info)
    if readme1 != readme2:
        errs.append('README renders differently twice')
    if errs:
        print('BUILD FAILED - %d errors; nothing written' % len(errs))
        for e in errs[:200]:
            print('  ' + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for key, b in files.items():
        with open(os.path.join(outdir, key + '.jsonl'), 'wb') as fh:
            fh.write(b)
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(readme1)
    print('ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught; written to %s' % (
        len(data1['secrets']), len(data1['evasions']), len(data1['negatives']),
        sum(1 for _, c in muts if c), len(muts), outdir))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
