#!/usr/bin/env python3
"""Build corpus p121 (commercial printing, prepress, print-on-demand). Stdlib only, fixed seeds."""
import copy, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common121, everyday121, vendor121, positional121, prose121, evasions121, negatives121, dec121, readme121

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = ["/tmp/brief121/README_a.md", "/tmp/brief121/README_b.md"]
N_PW = 100

def load_deny():
    d = json.load(open(os.path.join(HERE, "brief_names.json"), encoding="utf-8"))
    if all(os.path.exists(p) for p in BRIEF):
        assert common121.extract_denylist(BRIEF) == d, "frozen deny-list differs from the READMEs"
    return d

def generate(deny):
    words, names, langs = set(deny["words"]), set(deny["names"]), set(deny["langs"])
    info = {}
    pos = []
    ev = everyday121.build()
    vd, vdrop = vendor121.build(deny_words=words)
    pw, pdrop = positional121.build(deny_tokens=deny["tokens"])
    pw = pw[:N_PW]
    pr, ldrop = prose121.build(deny=(names, langs, words))
    info.update(vdrop=vdrop, pdrop=pdrop, ldrop=ldrop, prose=[(x[6], x[7]) for x in pr])
    for src, kind, t, text, s, e, *_ in ev + vd + pw + pr:
        pos.append(common121.rec("p121-s-%04d" % (len(pos) + 1), t, kind, text, s, e, src))
    evs = []
    for enc, w, t, text, s, e, plain, rule in evasions121.build():
        rr = common121.rec("p121-e-%04d" % (len(evs) + 1), t, enc + "__" + w, text, s, e, "evasion")
        rr["encoding"] = enc
        rr["secrets"][0]["plain"] = plain; rr["secrets"][0]["encoding"] = enc
        evs.append(rr)
    negs = [{"id": "p121-n-%04d" % (i + 1), "class": c, "container": k, "text": tx, "source": "negative"}
            for i, (c, k, tx) in enumerate(negatives121.build())]
    return pos, evs, negs, info

def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")

def check(pos, evs, negs, deny):
    names = set(deny["names"])
    errs = []
    ids = set()
    allvals, plains = [], []
    for r in pos + evs:
        if r["id"] in ids: errs.append("dup id " + r["id"])
        ids.add(r["id"])
        exp = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != exp: errs.append("fields " + r["id"])
        pre = "p121-e-" if r["source"] == "evasion" else "p121-s-"
        if not r["id"].startswith(pre): errs.append("prefix " + r["id"])
        if len(r["secrets"]) != 1: errs.append("spans " + r["id"])
        sp = r["secrets"][0]
        v = sp["value"]
        if r["text"][sp["start"]:sp["end"]] != v: errs.append("offset " + r["id"])
        if v != v.strip() or not v: errs.append("edge ws " + r["id"])
        if r["type"] != sp["type"]: errs.append("type " + r["id"])
        if r["text"].count(v) != 1: errs.append("count " + r["id"])
        if "\u00ab" in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]: errs.append("marker " + r["id"])
        allvals.append((r["id"], v))
        if r["source"] == "evasion":
            if dec121.decode(sp["encoding"], v) != sp["plain"]: errs.append("decode " + r["id"])
            if sp["encoding"] != r["encoding"]: errs.append("enc " + r["id"])
            rule = evasions121.E[r["encoding"]][0] if hasattr(evasions121, "E") else None
            if rule and r["text"].find(rule) < 0 or r["text"].find(rule) > sp["start"]: errs.append("rule " + r["id"])
            plains.append((r["id"], sp["plain"]))
        if r["source"] == "prose":
            s, e = sp["start"], sp["end"]
            if not (r["text"][s - 1] == " " and r["text"][e] == " "): errs.append("prose spacing " + r["id"])
    vs = [v for _, v in allvals] + [p for _, p in plains]
    if len(set(vs)) != len(vs): errs.append("value or plain reused")
    texts = [(r["id"], r["text"]) for r in pos + evs]
    for vid, v in allvals + plains:
        for tid, t in texts:
            if tid != vid and v in t: errs.append("value %s in %s" % (vid, tid))
    for _, p in plains:
        for tid, t in texts:
            if p in t: errs.append("plain in text " + tid)
    nt = set()
    for n in negs:
        if set(n) != {"id", "class", "container", "text", "source"} or not n["id"].startswith("p121-n-"): errs.append("neg fields " + n["id"])
        if n["text"] in nt: errs.append("neg dup " + n["id"])
        nt.add(n["text"])
        for vid, v in allvals + plains:
            if v in n["text"]: errs.append("value %s in negative %s" % (vid, n["id"]))
    # deny-list
    own = set()
    for r in pos + evs:
        own.add(r["container"]); own.add(r["type"])
        if "encoding" in r: own.add(r["encoding"])
    for n in negs: own.add(n["class"]); own.add(n["container"])
    own |= {s for s in positional121.SUFFIXES} | set(prose121.FORMATS) | set(evasions121.WORDINGS)
    for nm in sorted(own):
        hit = common121.name_overlaps(nm, names)
        if hit: errs.append("deny-list overlap %s %s" % (nm, hit))
    for c3, c1, nm, _ in prose121.L:
        pass
    fam = [set(r["type"] for r in pos if r["source"] == s) for s in ("everyday", "vendor", "password", "prose")]
    for i in range(4):
        for j in range(i + 1, 4):
            if fam[i] & fam[j]: errs.append("type families overlap")
    langs = set(r["container"].split("__")[1] for r in pos if r["source"] == "prose")
    if len(langs) != 40: errs.append("prose languages %d" % len(langs))
    if len(set(n["class"] for n in negs)) != 16: errs.append("neg classes")
    return errs

def mutations(pos, evs, negs, deny):
    caught = 0
    ms = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): n[0]["class"] = "vin_check_digit_numbers"
    def m5(p, e, n): p[1]["id"] = "p120-s-0002"
    def m6(p, e, n): p[2]["text"] += " " + e[3]["secrets"][0]["plain"]
    def m7(p, e, n): e[1]["encoding"] = e[1]["secrets"][0]["encoding"] = "rot47_printable_ascii"
    def m8(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m9(p, e, n): n[1]["text"] = n[0]["text"]
    def m10(p, e, n): p[4]["container"] = "dms_flyway_conf"
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        try:
            m(p, e, n); errs = check(p, e, n, deny)
        except Exception as ex:
            errs = [repr(ex)]
        if errs: caught += 1
        else: print("mutation not caught:", m.__name__)
    return caught

def main():
    deny = load_deny()
    a = generate(deny); b = generate(deny)
    ba = [dumps(x) for x in a[:3]]; bb = [dumps(x) for x in b[:3]]
    assert ba == bb, "non-deterministic"
    pos, evs, negs, info = a
    errs = check(pos, evs, negs, deny)
    if errs:
        print("\n".join(errs[:40])); sys.exit(1)
    c = mutations(pos, evs, negs, deny)
    assert c == 10, "mutations caught %d/10" % c
    r1 = readme121.render(pos, evs, negs, info, deny); r2 = readme121.render(*generate(deny), deny)
    assert r1 == r2
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for name, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), ba):
        open(os.path.join(out, name), "wb").write(data)
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok", len(pos), len(evs), len(negs), {k: (len(v) if isinstance(v, list) else v) for k, v in info.items()})

if __name__ == "__main__":
    main()
