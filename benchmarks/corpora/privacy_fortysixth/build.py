"""Build the p46 corpus: python3 build.py [--freeze]. Stdlib only, deterministic."""
import copy, json, os, re, sys
from collections import Counter
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_encodings, gen_decoders, readme

HERE = os.path.dirname(os.path.abspath(__file__))
NN = common.NN


class Ids:
    def __init__(self):
        self.c = Counter()
        self.pool = common.Pool()

    def next(self, k):
        self.c[k] += 1
        return "p%02d-%s-%04d" % (NN, k, self.c[k])


def generate():
    ids = Ids()
    pos = gen_everyday.build(ids) + gen_vendor.build(ids) + gen_passwords.build(ids) + gen_prose.build(ids)
    ev = gen_evasions.build(ids)
    layouts = Counter(r.pop("_layout") for r in ev)
    neg = gen_negatives.build(ids)
    return pos, ev, neg, layouts


def own_names():
    names = set(k for k, _ in gen_everyday.KINDS)
    names |= set(t for t, _, _ in gen_vendor.TYPES) | set(s for s, _ in gen_vendor.STYLES)
    names |= set(t for t, _, _ in gen_passwords.SYNTAXES) | {gen_passwords.PRES_C, gen_passwords.PRES_R}
    names |= set(f for f, _ in gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(gen_encodings.ENC) | set(w for w, _ in gen_evasions.WORDINGS) | set(gen_evasions.LAYOUTS)
    for cls, kinds in gen_negatives.CLASSES:
        names |= set(k for k, _ in kinds)
    names |= set(w for w, _ in gen_negatives.WRAPPERS) | set(k for k, _ in gen_negatives.doc_values()[0])
    names.add("security_principal_identifier")
    return names


def check(pos, ev, neg, deny):
    errs = []
    allrecs = pos + ev + neg
    ids = [r["id"] for r in allrecs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in allrecs:
        kind = {"negative": "n", "evasion": "e"}.get(r["source"], "s")
        if not re.fullmatch(r"p%02d-%s-\d{4}" % (NN, kind), r["id"]):
            errs.append("bad id " + r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            errs.append("json roundtrip " + r["id"])
        if common.MARK in r["text"] or "\x00" in r["text"]:
            errs.append("leftover marker " + r["id"])
    seen_vals = {}
    for r in pos + ev:
        last = -1
        if r["type"] != r["secrets"][0]["type"]:
            errs.append("type mismatch " + r["id"])
        cnt = Counter(s["value"] for s in r["secrets"])
        for s in r["secrets"]:
            if r["text"][s["start"]:s["end"]] != s["value"]:
                errs.append("offset " + r["id"])
            if s["start"] < last:
                errs.append("unsorted " + r["id"])
            last = s["start"]
            if s["value"] != s["value"].strip():
                errs.append("edge whitespace " + r["id"])
        for v, n in cnt.items():
            occ = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if occ != n:
                errs.append("occurrence count %s %r %d!=%d" % (r["id"], v[:20], occ, n))
            if v in seen_vals and seen_vals[v] != r["id"]:
                errs.append("value reused " + r["id"])
            seen_vals[v] = r["id"]
    # evasions
    gen_decoders.self_test()
    if set(gen_encodings.ENC) != set(gen_decoders.DEC) or len(gen_encodings.ENC) != 22:
        errs.append("encoder/decoder sets")
    if Counter(r["encoding"] for r in ev) != Counter({e: 3 for e in gen_encodings.ENC}):
        errs.append("evasion counts")
    plains = []
    for r in ev:
        s = r["secrets"][0]
        try:
            got = gen_decoders.DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as ex:  # noqa
            got = "<%s>" % ex
        if got != s["plain"]:
            errs.append("decode %s" % r["id"])
        if s["plain"] in r["text"]:
            errs.append("plain verbatim " + r["id"])
        plains.append(s["plain"])
    if len(set(plains)) != len(plains) or set(plains) & set(seen_vals):
        errs.append("plain reuse")
    # negatives
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("duplicate negative text")
    bad = [v for v in list(seen_vals) + plains if len(v) >= 6]
    for r in neg:
        if "PRIVATE KEY" in r["text"]:
            errs.append("private key " + r["id"])
        for v in bad:
            if v in r["text"]:
                errs.append("positive value in negative " + r["id"])
                break
    _, docvals = gen_negatives.doc_values()
    negtext = "".join(r["text"] for r in neg)
    ptext = "".join(r["text"] for r in pos + ev)
    for d in docvals:
        if d not in negtext or d in ptext:
            errs.append("doc value placement")
    # deny-list
    ov = denylist.overlaps(own_names(), deny)
    if ov:
        errs.append("deny-list overlap %s" % ov[:5])
    lp = denylist.language_problems([(c, n) for c, n, _ in gen_prose.LANGS], deny)
    if lp:
        errs.append("language problems %s" % lp)
    # counts
    src = Counter(r["source"] for r in pos)
    ek = Counter(r["container"] for r in pos if r["source"] == "everyday")
    if src["everyday"] != 180 or len(ek) != 45 or set(ek.values()) != {4}:
        errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 120:
        errs.append("vendor/password counts")
    if src["prose"] != 40 or len(set(c for c, _, _ in gen_prose.LANGS)) != 40:
        errs.append("prose counts")
    if len(ev) != 66 or len(neg) < 180 or len(set(r["class"] for r in neg)) != 16:
        errs.append("evasion/negative counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt):
        errs.append("vendor/password types not unique")
    return errs


def mutations(pos, ev, neg, deny):
    caught = 0
    tests = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] += e[2]["secrets"][0]["plain"]
    def m6(p, e, n): n[2]["text"] = n[3]["text"]
    def m7(p, e, n): e[4]["text"] += e[4]["secrets"][0]["plain"]
    tests = [m1, m2, m3, m4, m5, m6, m7]
    for t in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        t(p, e, n)
        if check(p, e, n, deny):
            caught += 1
        else:
            raise SystemExit("mutation not caught: " + t.__name__)
    # deny-listed name must be caught
    if not denylist.overlaps(["noc_shift_log_entry"], deny):
        raise SystemExit("deny-list mutation not caught")
    return caught + 1


def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    deny = denylist.load()
    a = generate()
    b = generate()
    outs = []
    for pos, ev, neg, layouts in (a, b):
        outs.append((common.dumps(pos), common.dumps(ev), common.dumps(neg),
                     readme.render(pos, ev, neg, layouts, deny, own_names())))
    if outs[0] != outs[1]:
        raise SystemExit("non-deterministic output")
    pos, ev, neg, layouts = a
    errs = check(pos, ev, neg, deny)
    if errs:
        raise SystemExit("checks failed:\n" + "\n".join(errs[:40]))
    nm = mutations(pos, ev, neg, deny)
    files = ["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"]
    for f, content in zip(files, outs[0]):
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(content)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests caught" % (len(pos), len(ev), len(neg), nm))


if __name__ == "__main__":
    main()
