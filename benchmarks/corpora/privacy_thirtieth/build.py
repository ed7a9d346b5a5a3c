"""Build the p30 corpus: generate twice, compare bytes, run all checks, then write files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, checks, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from vendor_table import T as VT


def assemble():
    frozen = denylist.load(HERE)
    vend_drop = sorted({c for c, _ in denylist.overlaps(list(VT), frozen)})
    pw_drop = sorted({c for c, _ in denylist.overlaps(list(gen_passwords.SYN), frozen)})
    every = gen_everyday.build()
    vend, vtypes = gen_vendor.build(set(vend_drop))
    pws, pnames = gen_passwords.build(set(pw_drop))
    prose = gen_prose.build()
    eva = gen_evasions.build()
    neg = gen_negatives.build()
    pos = every + vend + pws + prose
    for i, x in enumerate(pos, 1):
        x['id'] = 'p30-s-%04d' % i
    layouts = {}
    for i, x in enumerate(eva, 1):
        x['id'] = 'p30-e-%04d' % i
        layouts[x['id']] = x.pop('_layout')
    for i, x in enumerate(neg, 1):
        x['id'] = 'p30-n-%04d' % i
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    pos = [{k: x[k] for k in order_p} for x in pos]
    eva = [{k: x[k] for k in order_p + ['encoding']} for x in eva]
    neg = [{k: x[k] for k in ['id', 'class', 'container', 'text', 'source']} for x in neg]
    names = (list(gen_everyday.KINDS) + [x['container'] for x in pws] + pnames + vtypes
             + list(gen_vendor.ENV_STYLES) + list(gen_vendor.HEADER_STYLES) + [x['container'] for x in vend]
             + list(gen_prose.FORMATS) + [x['container'] for x in prose] + [l[0] for l in gen_prose.LANGS]
             + [l[1] for l in gen_prose.LANGS] + list(gen_evasions.ENC) + gen_evasions.WORDINGS
             + [x['container'] for x in eva] + [x['container'] for x in neg] + list(gen_negatives.WRAPPERS))
    return pos, eva, neg, names, frozen, vend_drop, pw_drop, layouts


def generate():
    pos, eva, neg, names, frozen, vend_drop, pw_drop, layouts = assemble()
    stats = checks.run(pos, eva, neg, names, frozen)
    stats.update(vend_drop=vend_drop, pw_drop=pw_drop, n_frozen=len(frozen), layouts=layouts)
    files = {}
    for fn, recs in (('secrets.jsonl', pos), ('evasions.jsonl', eva), ('negatives.jsonl', neg)):
        files[fn] = ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in recs).encode('utf-8')
    files['README.md'] = readme.render(pos, eva, neg, stats).encode('utf-8')
    return files


def main():
    if '--freeze' in sys.argv:
        json.dump(denylist.extract(), open(os.path.join(HERE, 'brief_names.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        print('frozen'); return
    if os.path.isdir(denylist.BRIEF):
        if denylist.extract() != denylist.load(HERE):
            raise SystemExit('brief_names.json differs from the brief READMEs')
    a = generate()
    b = generate()
    if a != b:
        raise SystemExit('non-deterministic output')
    for fn, data in a.items():
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
    print({k: len(v) for k, v in a.items()})


if __name__ == '__main__':
    main()
