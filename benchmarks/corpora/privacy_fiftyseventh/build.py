#!/usr/bin/env python3
"""Build privacy_fiftyseventh (p57). Standard library only, deterministic."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import denylist, checks, readme
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives

def generate():
    S = gen_everyday.generate(5701) + gen_vendor.generate(5702) + gen_passwords.generate(5703) + gen_prose.generate(5704)
    E = gen_evasions.generate(5705)
    N = gen_negatives.generate(5706)
    S = [dict(id="p57-s-%04d" % (i + 1), **r) for i, r in enumerate(S)]
    E = [dict(id="p57-e-%04d" % (i + 1), **r) for i, r in enumerate(E)]
    N = [dict(id="p57-n-%04d" % (i + 1), **r) for i, r in enumerate(N)]
    return S, E, N

def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)

def main():
    denylist.recheck()
    deny = denylist.load()
    a = generate(); b = generate()
    outs_a = [dump(x) for x in a] + [readme.render(*a, deny)]
    outs_b = [dump(x) for x in b] + [readme.render(*b, deny)]
    if outs_a != outs_b: raise SystemExit("non-deterministic")
    errs = checks.run_all(*a, deny)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("checks failed: %d" % len(errs))
    caught, total = checks.mutations(*a, deny)
    if caught != total: raise SystemExit("mutation tests: only %d/%d caught" % (caught, total))
    for name, content in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], outs_a):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(content)
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught" % (len(a[0]), len(a[1]), len(a[2]), caught, total))

if __name__ == "__main__":
    main()
