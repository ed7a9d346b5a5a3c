"""Build the p32 corpus. python3 build.py [--freeze]"""
import os
import sys
import json
import collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import denylist, checks, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from gen_encodings import USED, LABEL

HERE = os.path.dirname(os.path.abspath(__file__))


def generate():
    ev = gen_everyday.build()
    ve, env_styles, hdr_styles = gen_vendor.build()
    pw = gen_passwords.build()
    pr = gen_prose.build()
    pos = ev + ve + pw + pr
    for i, r in enumerate(pos):
        r["id"] = "p32-s-%04d" % (i + 1)
    eva = gen_evasions.build()
    for i, r in enumerate(eva):
        r["id"] = "p32-e-%04d" % (i + 1)
    neg = gen_negatives.build()
    for i, r in enumerate(neg):
        r["id"] = "p32-n-%04d" % (i + 1)
    return pos, eva, neg, env_styles, hdr_styles


def order(r, keys):
    return {k: r[k] for k in keys if k in r}


def serialise(pos, eva, neg):
    P = ["id", "type", "container", "text", "secrets", "source"]
    E = ["id", "type", "container", "text", "secrets", "source", "encoding"]
    N = ["id", "class", "container", "text", "source"]
    dump = lambda rs, k: "".join(json.dumps(order(r, k), ensure_ascii=False) + "\n" for r in rs)
    return dump(pos, P), dump(eva, E), dump(neg, N)


def main():
    if "--freeze" in sys.argv:
        print("froze", denylist.freeze())
        return
    deny = denylist.frozen()
    brief_text = ""
    if os.path.isdir(denylist.BRIEF):
        n, brief_text = denylist.extract()
        assert n == deny, "brief READMEs changed since freeze"
    outs = []
    for _ in range(2):
        pos, eva, neg, env_styles, hdr_styles = generate()
        langs = [r["_lang"] for r in pos if r["source"] == "prose"]
        docs = {k: v[1] for k, v in gen_negatives.DOC_VALUES.items() if v}
        docs["rfc4231"] = gen_negatives.RFC4231_EXPECT
        stats = checks.check_all(pos, eva, neg, deny, brief_text, langs, docs, USED,
                                 gen_negatives.rfc4231() == gen_negatives.RFC4231_EXPECT)
        files = serialise(pos, eva, neg)
        import readme
        md = readme.make(pos, eva, neg, env_styles, hdr_styles, langs, stats)
        outs.append(files + (md,))
    assert outs[0] == outs[1], "non-deterministic"
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], outs[0]):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(data)
    print(json.dumps(stats), len(pos), len(eva), len(neg))


if __name__ == "__main__":
    main()
