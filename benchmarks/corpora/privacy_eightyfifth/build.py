"""Build p85 (GIS / geospatial / mapping). python3 build.py"""
import copy, collections, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc85, dec85, readme85

ID = {"s": re.compile(r"p85-s-\d{4}$"), "e": re.compile(r"p85-e-\d{4}$"), "n": re.compile(r"p85-n-\d{4}$")}


def generate():
    dl = denylist.load()
    reg = common.Registry()
    rows = gen_everyday.build(reg) + gen_vendor.build(reg) + gen_passwords.build(reg)
    langs, rejected, spare = gen_prose.pick(dl, denylist.language_ok)
    rows += gen_prose.build(reg, langs)
    secrets = []
    for i, (src, typ, cont, tpl, v) in enumerate(rows, 1):
        secrets.append(common.make_pos("p85-s-%04d" % i, typ, cont, tpl, v, src))
    evs = []
    for i, e in enumerate(gen_evasions.build(reg), 1):
        evs.append({"id": "p85-e-%04d" % i, "type": e["type"], "container": e["container"], "encoding": e["encoding"],
                    "text": e["text"], "secrets": [{"value": e["run"], "start": e["start"], "end": e["end"], "type": e["type"],
                                                   "plain": e["plain"], "encoding": e["encoding"]}], "source": "evasion"})
    negs = []
    for i, n in enumerate(gen_negatives.build(), 1):
        negs.append({"id": "p85-n-%04d" % i, "class": n["class"], "container": n["container"], "text": n["text"], "source": "negative"})
    meta = {"langs": langs, "rejected": rejected, "spare": spare, "dl": dl}
    return secrets, evs, negs, meta


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def count_overlapping(hay, needle):
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def own_names():
    names = {}
    for k in gen_everyday.KINDS: names[k] = "everyday container kind"
    for t in gen_everyday.TYPES: names[t] = "everyday span type"
    for t, _, _ in gen_vendor.V: names[t] = "vendor type"
    for s in gen_vendor.STYLES: names[s] = "vendor style"
    for p, _, _ in gen_passwords.P: names[p] = "password syntax"
    for s in gen_passwords.SUFFIX.values(): names[s] = "password suffix"
    for f in gen_prose.FORMATS: names[f] = "prose format"
    names[gen_prose.SPAN_TYPE] = "prose span type"
    for e in enc85.ENC: names[e] = "encoding"
    for w in gen_evasions.WORDINGS: names[w] = "evasion wording"
    for k, (c, _) in gen_negatives.BASE.items():
        names[k] = "negative base kind"; names[c] = "negative class"
    for w in gen_negatives.WRAPPERS:
        if w: names[w.strip("_")] = "negative wrapper"
    for k in gen_negatives.DOCS: names[k] = "documentation kind"
    names["published_geo_documentation_value"] = "negative class"
    return names


def check(secrets, evs, negs, meta):
    errs = []
    dl = meta["dl"]
    allrecs = secrets + evs + negs
    ids = [r["id"] for r in allrecs]
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    for r in secrets:
        if not ID["s"].match(r["id"]): errs.append("bad id " + r["id"])
    for r in evs:
        if not ID["e"].match(r["id"]): errs.append("bad id " + r["id"])
    for r in negs:
        if not ID["n"].match(r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: errs.append("negative fields " + r["id"])
    for r in secrets + evs:
        if r["type"] != r["secrets"][0]["type"]: errs.append("type mismatch " + r["id"])
        if "\ue000" in r["text"] or "\0" in r["text"] or "\ue010" in r["text"]: errs.append("slot left " + r["id"])
        for s in r["secrets"]:
            if r["text"][s["start"]:s["end"]] != s["value"]: errs.append("offset " + r["id"])
            if s["value"] != s["value"].strip(): errs.append("edge whitespace " + r["id"])
            if count_overlapping(r["text"], s["value"]) != 1: errs.append("occurrence count " + r["id"])
    # uniqueness and cross-record leakage
    texts = [r["text"] for r in allrecs]
    joined = "\x00".join(texts)
    vals = []
    for r in secrets:
        vals += [(r["id"], r["text"], s["value"]) for s in r["secrets"]]
    for r in evs:
        vals += [(r["id"], r["text"], s["value"]) for s in r["secrets"]]
        vals += [(r["id"], r["text"], s["plain"]) for s in r["secrets"]]
    seen = collections.Counter(v for _, _, v in vals)
    for v, c in seen.items():
        if c > 1: errs.append("value reused " + v[:20])
    for rid, t, v in vals:
        if len(v) >= 6 and count_overlapping(joined, v) != count_overlapping(t, v):
            errs.append("value leaks into another record " + rid)
    # evasions
    for r in evs:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: errs.append("evasion fields " + r["id"])
        try:
            if dec85.decode(s["encoding"], s["value"]) != s["plain"]: errs.append("decode " + r["id"])
        except Exception as ex:
            errs.append("decode error %s %s" % (r["id"], ex))
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if r["text"].find(enc85.PHRASE[s["encoding"]]) < 0 or r["text"].find(enc85.PHRASE[s["encoding"]]) > s["start"]:
            errs.append("phrase not before run " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): errs.append("plain alphabet " + r["id"])
    ec = collections.Counter(r["encoding"] for r in evs)
    if set(ec) != set(enc85.ENC) or set(ec.values()) != {3} or set(dec85.DEC) != set(enc85.ENC):
        errs.append("encoding counts")
    # negatives
    nt = [r["text"] for r in negs]
    if len(set(nt)) != len(nt): errs.append("duplicate negative text")
    for t in texts:
        if "PRIVATE KEY" in t: errs.append("private key armour")
    if gen_negatives.jwt_io_example() != gen_negatives.JWT_IO_PUBLISHED: errs.append("jwt.io recompute")
    for dv in ("AKIAIOSFODNN7EXAMPLE", gen_negatives.JWT_IO_PUBLISHED, gen_negatives.SHA256_EMPTY):
        if not any(dv in t for t in nt): errs.append("doc value missing " + dv[:12])
        if any(dv in r["text"] for r in secrets + evs): errs.append("doc value in positive " + dv[:12])
    # deny-list
    for name, what in own_names().items():
        hit = denylist.overlaps(name, dl)
        if hit: errs.append("deny-list overlap (%s) %s: %s" % (what, name, hit))
    for r in allrecs:
        hit = denylist.overlaps(r["container"], dl)
        if hit: errs.append("deny-listed container %s %s" % (r["id"], hit))
    for r in secrets:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            name = {c: n for c, n, _ in gen_prose.CANDIDATES}.get(code)
            if name is None or not denylist.language_ok(code, name, dl): errs.append("language " + code)
    # counts
    src = collections.Counter(r["source"] for r in secrets)
    kinds = collections.Counter(r["container"] for r in secrets if r["source"] == "everyday")
    if src["everyday"] != 180 or len(kinds) != 45: errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 125: errs.append("password count")
    if src["prose"] != 40 or len({r["container"].split("__")[-1] for r in secrets if r["source"] == "prose"}) != 40: errs.append("prose count")
    if len(evs) != 66: errs.append("evasion count")
    if len(negs) < 180 or len({r["class"] for r in negs}) != 16: errs.append("negative counts")
    vt = [r["type"] for r in secrets if r["source"] == "vendor"]
    pt = [r["type"] for r in secrets if r["source"] == "password"]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES):
        errs.append("type disjointness")
    for r in secrets + evs + negs:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json round trip " + r["id"])
    return errs


def mutations(secrets, evs, negs, meta):
    """Each mutation must be caught."""
    def m1(s, e, n): s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n): n[0]["text"] += " " + s[5]["secrets"][0]["value"]
    def m3(s, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(s, e, n): s[1]["text"] += " " + s[1]["secrets"][0]["value"]
    def m5(s, e, n): n[1]["text"] = n[0]["text"]
    def m6(s, e, n): e[2]["text"] += " " + e[2]["secrets"][0]["plain"]
    def m7(s, e, n): n[3]["container"] = "base45_qr_alphanumeric"
    def m8(s, e, n): n[4]["text"] += "\n-----BEGIN OPENSSH PRIVATE KEY-----"
    def m9(s, e, n): s[2]["id"] = "p81-s-0003"
    def m10(s, e, n): s[-1]["container"] = s[-1]["container"].rsplit("__", 1)[0] + "__ita"
    def m11(s, e, n): s[300]["text"] += " " + s[10]["secrets"][0]["value"]
    def m12(s, e, n): s[20]["text"] += " AKIAIOSFODNN7EXAMPLE"
    caught = 0
    fns = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
    for f in fns:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evs), copy.deepcopy(negs)
        f(s, e, n)
        if check(s, e, n, meta):
            caught += 1
        else:
            raise SystemExit("mutation not caught: " + f.__name__)
    return caught


def main():
    a = generate()
    b = generate()
    out_a = [dump(x) for x in a[:3]]
    out_b = [dump(x) for x in b[:3]]
    if out_a != out_b:
        raise SystemExit("non-deterministic JSONL")
    errs = check(*a)
    if errs:
        print("\n".join(errs[:50]))
        raise SystemExit("%d check failures" % len(errs))
    nm = mutations(*a)
    ra = readme85.render(*a, mutations=nm)
    rb = readme85.render(*b, mutations=nm)
    if ra != rb:
        raise SystemExit("non-deterministic README")
    for fn, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), out_a):
        open(os.path.join(HERE, fn), "wb").write(data)
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(ra)
    s, e, n, _ = a
    print("secrets", len(s), "evasions", len(e), "negatives", len(n), "mutations caught", nm)


if __name__ == "__main__":
    main()
