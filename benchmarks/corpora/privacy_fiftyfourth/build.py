"""Build the p54 corpus: python3 build.py  (python3 build.py --freeze re-freezes brief_names.json)."""
import sys, os
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, checks, readme

HERE = os.path.dirname(os.path.abspath(__file__))


def generate(frozen):
    common.USED.clear()
    ev = gen_everyday.generate()
    ve = gen_vendor.generate()
    pw = gen_passwords.generate()
    pr, langs = gen_prose.generate(frozen, denylist.language_ok)
    pos = ev + ve + pw + pr
    for i, r in enumerate(pos, 1):
        r["id"] = "p54-s-%04d" % i
    eva, layouts = gen_evasions.generate()
    for i, r in enumerate(eva, 1):
        r["id"] = "p54-e-%04d" % i
    neg = gen_negatives.generate()
    for i, r in enumerate(neg, 1):
        r["id"] = "p54-n-%04d" % i
    order = lambda r, keys: {k: r[k] for k in keys if k in r}
    pos = [order(r, ["id", "type", "container", "text", "secrets", "source"]) for r in pos]
    eva = [order(r, ["id", "type", "container", "encoding", "text", "secrets", "source"]) for r in eva]
    neg = [order(r, ["id", "class", "container", "text", "source"]) for r in neg]
    return pos, eva, neg, langs, layouts


def own_names(pos, eva, neg, layouts):
    names = set()
    names |= set(gen_everyday.KINDS)
    names |= {r["type"] for r in pos if r["source"] in ("vendor", "password")}
    names |= {s for s, _ in gen_vendor.STYLES} | set(gen_passwords.SUFFIX.values())
    names |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(gen_evasions.WORDINGS) | set(layouts) | {r["encoding"] for r in eva}
    names |= {k for c in gen_negatives.BASES.values() for k, _ in c} | {w for w, _ in gen_negatives.WRAPPERS}
    names |= {k for k, _ in gen_negatives.DOCS} | set(gen_negatives.NEW_CLASSES)
    names |= {r["container"] for r in pos + eva + neg if r["source"] != "prose"}
    names |= {r["container"].split("__")[0] for r in pos if r["source"] == "prose"}
    return sorted(names)


def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    frozen = denylist.load()
    outs = []
    for _ in range(2):
        pos, eva, neg, langs, layouts = generate(frozen)
        names = own_names(pos, eva, neg, layouts)
        checks.check_all(pos, eva, neg, names, frozen)
        nmut = checks.mutation_tests(pos, eva, neg, names, frozen)
        files = {"secrets.jsonl": common.dump_jsonl(pos), "evasions.jsonl": common.dump_jsonl(eva),
                 "negatives.jsonl": common.dump_jsonl(neg)}
        files["README.md"] = readme.render(pos, eva, neg, langs, layouts, frozen, names, nmut)
        outs.append(files)
    assert outs[0] == outs[1], "non-deterministic output"
    for fn, content in outs[0].items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(content)
    print("ok: %d positives, %d evasions, %d negatives, %d own names checked, %d mutation tests" % (len(pos), len(eva), len(neg), len(names), nmut))


if __name__ == "__main__":
    main()
