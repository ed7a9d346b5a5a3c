"""Build corpus p159. python3 build.py [outdir]"""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen159, everyday159, vendor159, positional159, prose159, evasions159, negatives159, dec159, readme159

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief159"
EARLIER_PREFIXES = ("rcpw_", "pawnpw_", "lnpw_", "genpw_")

def load_deny():
    path = os.path.join(HERE, "brief_names.json")
    frozen = json.load(open(path)) if os.path.exists(path) else None
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        fresh = gen159.extract_denylist(texts)
        if frozen is not None and frozen != fresh:
            raise SystemExit("deny-list differs from frozen brief_names.json")
        return fresh
    return frozen

def generate(deny):
    reg = gen159.Registry()
    ev = everyday159.build(15901, reg)
    ve, dropped, unused = vendor159.build(15902, reg, deny)
    pw = positional159.build(15903, reg)
    pr, refused, used, spares = prose159.build(15904, reg, deny)
    evs = evasions159.build(15905, reg)
    pos = ev + ve + pw + pr
    for i, r in enumerate(pos):
        pos[i] = {"id": "p159-s-%04d" % (i + 1), **r}
    evs = [{"id": "p159-e-%04d" % (i + 1), **r} for i, r in enumerate(evs)]
    forbidden = [s["value"] for r in pos + evs for s in r["secrets"]] + [s["plain"] for r in evs for s in r["secrets"]]
    neg = negatives159.build(15906, forbidden)
    neg = [{"id": "p159-n-%04d" % (i + 1), **r} for i, r in enumerate(neg)]
    meta = {"dropped": dropped, "unused_vendor": unused, "refused_lang": refused, "used_lang": used, "spare_lang": spares}
    return pos, evs, neg, meta

def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")

def check(pos, evs, neg, deny):
    names = set(deny["names"])
    langs, words = set(deny["langs"]), set(deny["words"])
    err = []
    def E(m): err.append(m)
    ids = [r["id"] for r in pos + evs + neg]
    if len(ids) != len(set(ids)): E("dup ids")
    alltexts = [r["text"] for r in pos + evs]
    vals = []
    for r in pos + evs:
        want = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != want: E("fields " + r["id"])
        if len(r["secrets"]) != 1: E("spans " + r["id"])
        for s in r["secrets"]:
            sw = {"value", "start", "end", "type"} | ({"plain", "encoding"} if r["source"] == "evasion" else set())
            if set(s) != sw: E("span fields " + r["id"])
            if r["text"][s["start"]:s["end"]] != s["value"]: E("offset " + r["id"])
            if s["value"] != s["value"].strip(): E("ws " + r["id"])
            if r["text"].count(s["value"]) != 1: E("once " + r["id"])
            if s["type"] != r["type"]: E("type " + r["id"])
            vals.append(s["value"])
            if r["source"] == "evasion":
                try:
                    okd = dec159.decode(s["encoding"], s["value"]) == s["plain"]
                except Exception:
                    okd = False
                if not okd: E("decode " + r["id"])
                if s["encoding"] != r["encoding"]: E("enc " + r["id"])
                if s["plain"] in r["text"]: E("plain in text " + r["id"])
                pre = r["text"][:s["start"]]
                if not pre.endswith(":\n"): E("rule layout " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): E("plain alphabet " + r["id"])
                vals.append(s["plain"])
            if r["source"] == "prose":
                t = r["text"]
                if t[s["start"] - 1] != " " or t[s["end"]] != " ": E("prose spacing " + r["id"])
        for bad in ("{V}", "{K}", "{P}", "{RUN}", "{RULE}", "{WHAT}", "\0", "PRIVATE KEY"):
            if bad in r["text"]: E("marker %r in %s" % (bad, r["id"]))
    if len(vals) != len(set(vals)): E("value reuse")
    for r in pos + evs:
        for s in r["secrets"]:
            for o in pos + evs:
                if o is not r and s["value"] in o["text"]: E("value %s in %s" % (r["id"], o["id"]))
    for n in neg:
        if set(n) != {"id", "class", "container", "text", "source"}: E("neg fields " + n["id"])
        for v in vals:
            if v in n["text"]: E("positive value in " + n["id"])
    if len({n["text"] for n in neg}) != len(neg): E("dup neg text")
    # deny-list overlap
    def over(label, name):
        n = name.lower()
        if n in names or any(p in names for p in n.split("__") if p): E("deny overlap %s %s" % (label, name))
    for r in pos + evs:
        over("container", r["container"]); over("type", r["type"])
        if r["source"] == "evasion": over("encoding", r["encoding"])
    for n in neg:
        over("class", n["class"]); over("neg container", n["container"])
    earlier = {x[len(p):] for x in names for p in EARLIER_PREFIXES if x.startswith(p)}
    for name, _ in positional159.SYNTAXES:
        if name in earlier: E("earlier syntax " + name)
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in langs or code in words or code in names: E("lang " + code)
    for w in [s for s, _ in vendor159.STYLES] + positional159.SUFFIXES + prose159.FORMATS + [w for w, _ in evasions159.WORDINGS] + [w for w in negatives159.WRAPS if w]:
        over("label", w)
    src = {}
    for r in pos: src.setdefault(r["source"], set()).add(r["type"])
    ks = list(src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if src[ks[i]] & src[ks[j]]: E("type shared across sources")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)): E("non-everyday containers not unique")
    if len(neg) < 180 or len({n["class"] for n in neg}) != 16: E("neg counts")
    if len({r["encoding"] for r in evs}) != 22 or len(evs) != 66: E("evasion counts")
    return err

def mutations(pos, evs, neg, deny):
    ms = []
    a = copy.deepcopy(pos); a[0]["secrets"][0]["start"] += 1; ms.append(("m1_offset", a, evs, neg))
    a = copy.deepcopy(pos); a[1]["text"] += a[0]["secrets"][0]["value"]; ms.append(("m2_leak", a, evs, neg))
    b = copy.deepcopy(evs); b[0]["secrets"][0]["plain"] += "x"; ms.append(("m3_decode", pos, b, neg))
    c = copy.deepcopy(neg); c[0]["text"] += pos[5]["secrets"][0]["value"]; ms.append(("m4_neg", pos, evs, c))
    a = copy.deepcopy(pos); a[2]["container"] = deny["names"][0]; ms.append(("m5_deny", a, evs, neg))
    c = copy.deepcopy(neg); c[1]["text"] = c[0]["text"]; ms.append(("m6_dupneg", pos, evs, c))
    a = copy.deepcopy(pos); a[3]["id"] = a[4]["id"]; ms.append(("m7_dupid", a, evs, neg))
    b = copy.deepcopy(evs); b[1]["secrets"][0]["encoding"] = "x"; ms.append(("m8_enc", pos, b, neg))
    for name, p, e, n in ms:
        if not check(p, e, n, deny): raise SystemExit("mutation not caught: " + name)
    return [m[0] for m in ms]

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny()
    g1 = generate(deny); g2 = generate(deny)
    for x, y in zip(g1[:3], g2[:3]):
        if dump(x) != dump(y): raise SystemExit("nondeterministic")
    pos, evs, neg, meta = g1
    err = check(pos, evs, neg, deny)
    if err:
        print("\n".join(err[:40])); raise SystemExit("checks failed: %d" % len(err))
    muts = mutations(pos, evs, neg, deny)
    r1 = readme159.render(pos, evs, neg, meta, deny, muts)
    r2 = readme159.render(*g2, deny, muts)
    if r1 != r2: raise SystemExit("readme nondeterministic")
    os.makedirs(out, exist_ok=True)
    for fn, recs in (("secrets.jsonl", pos), ("evasions.jsonl", evs), ("negatives.jsonl", neg)):
        open(os.path.join(out, fn), "wb").write(dump(recs))
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    if not os.path.exists(os.path.join(HERE, "brief_names.json")):
        json.dump(deny, open(os.path.join(HERE, "brief_names.json"), "w"), indent=0)
    from collections import Counter
    print("ok", len(pos), Counter(r["source"] for r in pos), len(evs), len(neg), meta["dropped"])

if __name__ == "__main__":
    main()
