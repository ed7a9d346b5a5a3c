"""Build p31: generate twice, compare bytes, run all checks, then write outputs."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, checks, readme

OUT = os.environ.get('P31_OUT') or HERE   # output directory (the build writes next to itself by default)

def names_to_check(pos, eva, neg):
    n = set()
    for r in pos:
        if r['source'] in ('everyday', 'password', 'vendor', 'prose'):
            n.add(r['container'])
        if r['source'] in ('vendor', 'password'):
            n.add(r['type'])
    n |= set(gen_vendor.ENV_STYLES) | set(gen_vendor.HDR_STYLES) | set(gen_prose.FORMATS)
    for code, name, *_ in gen_prose.languages():
        n.add(code); n.add(name)
    n |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS) | set(gen_evasions.LAYOUTS)
    n |= {r['container'] for r in eva} | {r['encoding'] for r in eva}
    n |= {r['container'] for r in neg} | {w.strip('_') for w in gen_negatives.WRAPPERS if w}
    n |= {'terminal_capture', 'file_excerpt'}
    return sorted(n)

def generate():
    pos = gen_everyday.generate(31001) + gen_vendor.generate(31002) + gen_passwords.generate(31003) + gen_prose.generate(31004)
    used = {s['value'] for r in pos for s in r['secrets']}
    eva = gen_evasions.generate(31005, used)
    neg = gen_negatives.generate(31006)
    layouts = collections.Counter(r.pop('_layout') for r in eva)
    for i, r in enumerate(pos): r['id'] = 'p31-s-%04d' % (i + 1)
    for i, r in enumerate(eva): r['id'] = 'p31-e-%04d' % (i + 1)
    for i, r in enumerate(neg): r['id'] = 'p31-n-%04d' % (i + 1)
    order_s = ['id', 'type', 'container', 'text', 'secrets', 'source']
    pos = [{k: r[k] for k in order_s} for r in pos]
    eva = [{k: r[k] for k in ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']} for r in eva]
    neg = [{k: r[k] for k in ['id', 'class', 'container', 'text', 'source']} for r in neg]
    return pos, eva, neg, layouts

def dump(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')

def build_once(frozen):
    pos, eva, neg, layouts = generate()
    st = {}
    names = names_to_check(pos, eva, neg)
    checks.check_all(pos, eva, neg, frozen, names, st)
    files = {'secrets.jsonl': dump(pos), 'evasions.jsonl': dump(eva), 'negatives.jsonl': dump(neg)}
    files['README.md'] = readme.render(pos, eva, neg, layouts, st, len(frozen)).encode('utf-8')
    return files

def main():
    fz = os.path.join(HERE, 'brief_names.json')
    if '--freeze' in sys.argv:
        json.dump(denylist.extract(), open(fz, 'w', encoding='utf-8'), ensure_ascii=False, indent=0); return
    frozen = denylist.load(fz)
    if os.path.isdir(denylist.BRIEF_DIR):
        assert denylist.extract() == frozen, 'brief names changed since freeze'
    a = build_once(frozen); b = build_once(frozen)
    assert a == b, 'non-deterministic build'
    for name, data in a.items():
        open(os.path.join(OUT, name), 'wb').write(data)
    print('ok', {k: len(v) for k, v in a.items()})

if __name__ == '__main__':
    main()
