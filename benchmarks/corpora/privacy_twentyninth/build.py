"""Build privacy_twentyninth: generate twice, compare bytes, run checks, then write files."""
import json, os, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, checks, readme
HERE = os.path.dirname(os.path.abspath(__file__))

def generate():
    frozen = denylist.load()
    wide = denylist.widened(frozen)
    vend, vdropped = gen_vendor.records(wide)
    pos = gen_everyday.records() + vend + gen_passwords.records(wide) + gen_prose.records()
    eva = gen_evasions.records()
    neg = gen_negatives.records()
    for i, r in enumerate(pos, 1): r['id'] = f'p29-s-{i:04d}'
    for i, r in enumerate(eva, 1): r['id'] = f'p29-e-{i:04d}'
    for i, r in enumerate(neg, 1): r['id'] = f'p29-n-{i:04d}'
    order_p = ['id', 'type', 'container', 'text', 'secrets', 'source']
    order_e = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
    order_n = ['id', 'class', 'container', 'text', 'source']
    pos = [{k: r[k] for k in order_p} for r in pos]
    eva = [{k: r[k] for k in order_e} for r in eva]
    neg = [{k: r[k] for k in order_n} for r in neg]
    stats = checks.run(pos, eva, neg, frozen, {})
    stats['vendor_dropped_denylist'] = [n for n in vdropped if n.lower() in wide]
    stats['vendor_dropped_trim'] = [n for n in vdropped if n.lower() not in wide]
    stats['password_dropped_denylist'] = gen_passwords.kept(wide)[1]
    dump = lambda rs: ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rs).encode('utf-8')
    files = {'secrets.jsonl': dump(pos), 'evasions.jsonl': dump(eva), 'negatives.jsonl': dump(neg)}
    files['README.md'] = readme.render(pos, eva, neg, stats).encode('utf-8')
    return files

def main():
    if '--freeze' in sys.argv:
        print(len(denylist.freeze()), 'names frozen'); return
    try:
        a = generate(); b = generate()
    except checks.CheckFailure as e:
        print('CHECK FAILURE:\n' + str(e)); sys.exit(1)
    if a != b:
        print('non-deterministic output'); sys.exit(1)
    for name, data in a.items():
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(data)
    print({k: v.count(b'\n') for k, v in a.items() if k.endswith('.jsonl')})

if __name__ == '__main__':
    main()
