"""Build the p128 corpus: generate twice, compare, check, then write (stdlib only)."""
import json, os, random, re, copy, sys
import common128 as C, everyday128, vendor128, positional128, prose128, evasions128, negatives128, dec128, readme128

OUT = os.path.dirname(os.path.abspath(__file__))

def generate(deny):
    ev, kinds, etypes = everyday128.build(random.Random(12801))
    vd, vdrop, styles = vendor128.build(random.Random(12802), set(deny["words"]))
    pw, pdrop, syns, sufs = positional128.build(random.Random(12803), deny["tokens"])
    pr, ldrop, langs, fmts, pspan = prose128.build(random.Random(12804), deny)
    es, evtypes, wordings = evasions128.build(random.Random(12805))
    ng, classes, wrappers = negatives128.build(random.Random(12806))
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos): pos_id(r, "p128-s-%04d" % (i + 1))
    for i, r in enumerate(es): pos_id(r, "p128-e-%04d" % (i + 1))
    for i, r in enumerate(ng): pos_id(r, "p128-n-%04d" % (i + 1))
    meta = dict(kinds=kinds, etypes=etypes, vdrop=vdrop, styles=styles, pdrop=pdrop, syns=syns, sufs=sufs, ldrop=ldrop, langs=langs,
                fmts=fmts, pspan=pspan, evtypes=evtypes, wordings=wordings, classes=classes, wrappers=wrappers)
    return pos, es, ng, meta

def pos_id(r, i):
    d = {"id": i}; d.update(r); r.clear(); r.update(d)

def dump(rs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)

def own_names(pos, es, ng, meta):
    names = {}
    names["everyday container kind"] = meta["kinds"]; names["everyday span type"] = meta["etypes"]
    names["vendor type"] = sorted({r["type"] for r in pos if r["source"] == "vendor"}); names["vendor style"] = meta["styles"]
    names["password syntax"] = meta["syns"] + ["wwpw_" + s for s in meta["syns"]]; names["password suffix"] = meta["sufs"]
    names["prose format"] = meta["fmts"]; names["prose span type"] = [meta["pspan"]]
    names["encoding"] = list(dec_names()); names["evasion type"] = meta["evtypes"]; names["evasion wording"] = meta["wordings"]
    names["negative class"] = [c for c, _ in meta["classes"]]; names["negative base kind"] = [k for _, ks in meta["classes"] for k in ks]
    names["negative wrapper"] = meta["wrappers"]
    names["record container"] = sorted({r["container"] for r in pos + es + ng})
    names["record span type / class / encoding"] = sorted({s["type"] for r in pos + es for s in r["secrets"]} | {r["class"] for r in ng} | {r["encoding"] for r in es})
    return names

def dec_names():
    import enc128
    return enc128.E.keys()

def check(pos, es, ng, meta, deny):
    errs = []
    ids = [r["id"] for r in pos + es + ng]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for r in pos:
        if set(r) != {"id", "type", "container", "text", "secrets", "source"} or not re.fullmatch(r"p128-s-\d{4}", r["id"]): errs.append("fields/id " + r["id"])
    for r in es:
        if set(r) != {"id", "type", "container", "encoding", "text", "secrets", "source"} or not re.fullmatch(r"p128-e-\d{4}", r["id"]): errs.append("fields/id " + r["id"])
    for r in ng:
        if set(r) != {"id", "class", "container", "text", "source"} or not re.fullmatch(r"p128-n-\d{4}", r["id"]): errs.append("fields/id " + r["id"])
    values = []
    for r in pos + es:
        if len(r["secrets"]) != 1: errs.append("span count " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip() or not v: errs.append("edge ws " + r["id"])
            if r["text"].count(v) != 1 or overlapping(r["text"], v) != 1: errs.append("occurs != 1 " + r["id"])
            if s["type"] != r["type"]: errs.append("type " + r["id"])
            values.append((v, r["id"]))
        if C.SLOT in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]: errs.append("marker " + r["id"])
    vs = [v for v, _ in values]
    if len(vs) != len(set(vs)): errs.append("reused value")
    for r in es:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"} or s["encoding"] != r["encoding"]: errs.append("evasion span fields " + r["id"])
        try:
            if dec128.decode(r["encoding"], s["value"]) != s["plain"]: errs.append("decode " + r["id"])
        except Exception as ex:
            errs.append("decode exc %s %s" % (r["id"], ex))
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): errs.append("plain alphabet " + r["id"])
        import enc128
        if r["encoding"] not in enc128.E:
            errs.append("unknown encoding " + r["id"]); continue
        rule = enc128.E[r["encoding"]][0]
        if r["text"].find(rule) < 0 or r["text"].find(rule) > s["start"]: errs.append("rule before run " + r["id"])
    plains = [r["secrets"][0]["plain"] for r in es]
    if len(plains) != len(set(plains)): errs.append("reused plain")
    alltexts = [(r["id"], r["text"]) for r in pos + es + ng]
    needles = [(v, i) for v, i in values] + [(p, "plain") for p in plains] + [(p, "plain2") for p in plains]
    for rid, t in alltexts:
        for v, vid in values:
            if vid != rid and v in t: errs.append("value %s in %s" % (vid, rid))
        for p in plains:
            if p in t: errs.append("plain in " + rid)
    if len({r["text"] for r in ng}) != len(ng): errs.append("duplicate negative text")
    if len({r["class"] for r in ng}) != 16 or len(ng) < 180: errs.append("negative classes/count")
    for r in pos:
        if r["source"] == "prose":
            s = r["secrets"][0]
            if r["text"][s["start"] - 1] != " " or r["text"][s["end"]] != " ": errs.append("prose spacing " + r["id"])
        if r["source"] == "everyday" and r["type"] == "wu_work_order_bearer_jwt":
            v = r["secrets"][0]["value"]; h, p, _ = v.split(".")
            import base64
            for part in (h, p): json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    # deny-list
    names = own_names(pos, es, ng, meta)
    for cat, lst in names.items():
        for n in lst:
            hits = C.name_hits(n, deny)
            if hits: errs.append("deny-list hit (%s): %s -> %s" % (cat, n, hits))
    for code, name in meta["langs"]:
        if code in deny["langs"] or code in deny["names_set"]: errs.append("language deny " + code)
    fam = [set(meta["etypes"]), {r["type"] for r in pos if r["source"] == "vendor"}, {r["type"] for r in pos if r["source"] == "password"}, {meta["pspan"]}, set(meta["evtypes"])]
    for i in range(len(fam)):
        for j in range(i + 1, len(fam)):
            if fam[i] & fam[j]: errs.append("span families overlap")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in es]
    if len(nonev) != len(set(nonev)): errs.append("non-everyday containers not unique")
    cnt = lambda s: sum(1 for r in pos if r["source"] == s)
    if cnt("everyday") != 180 or cnt("vendor") != 120 or not 100 <= cnt("password") <= 110 or cnt("prose") != 40 or len(es) != 66: errs.append("counts")
    if len({r["container"].split("__")[1] for r in pos if r["source"] == "prose"}) != 40: errs.append("prose languages")
    return errs

def overlapping(t, v):
    n, i = 0, t.find(v)
    while i >= 0:
        n += 1; i = t.find(v, i + 1)
    return n

def mutation_tests(pos, es, ng, meta, deny):
    muts = []
    def m(name, fn):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(es), copy.deepcopy(ng); M = copy.deepcopy(meta)
        fn(P, E, N, M)
        muts.append((name, bool(check(P, E, N, M, deny))))
    m("m1 shifted start", lambda P, E, N, M: P[0]["secrets"][0].update(start=P[0]["secrets"][0]["start"] + 1))
    m("m2 value in negative", lambda P, E, N, M: N[0].update(text=N[0]["text"] + P[5]["secrets"][0]["value"]))
    m("m3 wrong plain", lambda P, E, N, M: E[0]["secrets"][0].update(plain=E[0]["secrets"][0]["plain"] + "x"))
    m("m4 duplicate negative", lambda P, E, N, M: N[1].update(text=N[0]["text"]))
    m("m5 private key armour", lambda P, E, N, M: P[3].update(text=P[3]["text"] + "-----BEGIN PRIVATE KEY-----"))
    m("m6 p127 everyday container", lambda P, E, N, M: P[0].update(container="tech_pack_generator_dotenv"))
    m("m7 p127 encoding name", lambda P, E, N, M: E[0].update(encoding="rot13_letters_rot5_digits"))
    m("m8 wrong id prefix", lambda P, E, N, M: P[0].update(id="p127-s-0001"))
    m("m9 evasion plain leaked", lambda P, E, N, M: P[1].update(text=P[1]["text"] + " " + E[2]["secrets"][0]["plain"]))
    m("m10 p126 negative class", lambda P, E, N, M: N[0].update({"class": "masked_fashion_platform_credentials"}))
    m("m11 deny-listed language", lambda P, E, N, M: M["langs"].append(("spa", "Spanish")))
    m("m12 rule removed", lambda P, E, N, M: E[3].update(text=E[3]["text"].replace(__import__("enc128").E[E[3]["encoding"]][0], "in a secret way")))
    return muts

def main():
    deny = C.load_denylist(); deny["names_set"] = set(deny["names"])
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dump(x) != dump(y): sys.exit("non-deterministic output")
    pos, es, ng, meta = a
    errs = check(pos, es, ng, meta, deny)
    if errs:
        print("\n".join(errs[:50])); sys.exit("checks failed (%d)" % len(errs))
    muts = mutation_tests(pos, es, ng, meta, deny)
    bad = [n for n, caught in muts if not caught]
    if bad: sys.exit("mutations not caught: %s" % bad)
    r1 = readme128.render(pos, es, ng, meta, deny, muts); r2 = readme128.render(*generate(deny), deny, muts)
    if r1 != r2: sys.exit("README not deterministic")
    for name, rs in (("secrets.jsonl", pos), ("evasions.jsonl", es), ("negatives.jsonl", ng)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f: f.write(dump(rs))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f: f.write(r1)
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(pos), len(es), len(ng), len(muts)))

if __name__ == "__main__":
    main()
