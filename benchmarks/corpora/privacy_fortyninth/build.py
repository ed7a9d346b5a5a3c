"""Build the p49 corpus: python3 build.py  (python3 build.py --freeze re-writes brief_names.json)."""
import copy, importlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist

def generate_all():
    import common
    common.POOL.clear()
    mods = {}
    for m in ["gen_everyday", "gen_vendor", "gen_passwords", "gen_prose", "gen_evasions", "gen_negatives", "gen_encodings", "gen_decoders"]:
        mods[m] = importlib.reload(importlib.import_module(m))
    pos = mods["gen_everyday"].generate() + mods["gen_vendor"].generate() + mods["gen_passwords"].generate() + mods["gen_prose"].generate()
    ev = mods["gen_evasions"].generate()
    neg, docvals = mods["gen_negatives"].generate()
    langs = [p.pop("lang") for p in pos if "lang" in p]
    layouts = [e.pop("layout") for e in ev]
    S = [dict(id="p49-s-%04d" % (i + 1), type=p["type"], container=p["container"], text=p["text"], secrets=p["secrets"], source=p["source"]) for i, p in enumerate(pos)]
    E = [dict(id="p49-e-%04d" % (i + 1), type=e["type"], container=e["container"], encoding=e["encoding"], text=e["text"], secrets=e["secrets"], source="evasion") for i, e in enumerate(ev)]
    N = [{"id": "p49-n-%04d" % (i + 1), "class": n["cls"], "container": n["container"], "text": n["text"], "source": "negative"} for i, n in enumerate(neg)]
    meta = dict(langs=langs, layouts=layouts, docvals=docvals, mods=mods)
    return S, E, N, meta

def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)

def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1; i = text.find(v, i + 1)
    return n

def own_names(S, E, N, meta):
    m = meta["mods"]
    names = set()
    names |= set(m["gen_everyday"].C)
    names |= {t for t, _, _ in m["gen_vendor"].V} | set(m["gen_vendor"].STYLES)
    names |= {t for t, _ in m["gen_passwords"].S} | set(m["gen_passwords"].PRES)
    names |= set(m["gen_prose"].FORMATS) | {m["gen_prose"].SPAN}
    names |= set(m["gen_encodings"].ENC) | set(m["gen_evasions"].WORDINGS) | set(m["gen_evasions"].LAYOUTS)
    for cls, kinds in m["gen_negatives"].BASE.items():
        names |= set(kinds)
    names |= {w.strip("_") for w in m["gen_negatives"].WRAP if w}
    names |= {n["container"] for n in N if n["class"] == "vendor_documentation_value"}
    names.add("bank_or_payment_reference")
    names |= {r["container"] for r in S if r["source"] != "everyday"}
    return names

def check(S, E, N, meta, d):
    errs = []
    idre = {"s": re.compile(r"^p49-s-\d{4}$"), "e": re.compile(r"^p49-e-\d{4}$"), "n": re.compile(r"^p49-n-\d{4}$")}
    ids = [r["id"] for r in S + E + N]
    if len(ids) != len(set(ids)): errs.append("dup ids")
    for k, recs in (("s", S), ("e", E), ("n", N)):
        for r in recs:
            if not idre[k].match(r["id"]): errs.append("bad id " + r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("roundtrip " + r["id"])
    seen = {}
    for r in S + E:
        t = r["text"]
        try:
            t.encode("utf-8")
        except UnicodeEncodeError:
            errs.append("surrogate " + r["id"])
        if "\ue000" in t or "\x00" in t or "{V}" in t: errs.append("marker " + r["id"])
        if not r["secrets"]: errs.append("no span " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        last = -1
        for sp in r["secrets"]:
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v: errs.append("slice " + r["id"])
            if v != v.strip(): errs.append("edge ws " + r["id"])
            if sp["start"] < last: errs.append("order " + r["id"])
            last = sp["start"]
        vals = {}
        for sp in r["secrets"]:
            vals[sp["value"]] = vals.get(sp["value"], 0) + 1
        for v, c in vals.items():
            if count_overlapping(t, v) != c: errs.append("occurrence count %s %r" % (r["id"], v))
            if v in seen and seen[v] != r["id"]: errs.append("reused value " + r["id"])
            seen[v] = r["id"]
    # evasions
    DEC, ENC = meta["mods"]["gen_decoders"].DEC, meta["mods"]["gen_encodings"].ENC
    if set(DEC) != set(ENC) or len(ENC) != 22: errs.append("enc/dec sets")
    for name, fn in DEC.items():  # known-answer self-test
        import random
        ph, run = ENC[name]("Hi7", random.Random(7))
        if fn("x " + ph + ": ", run) != "Hi7": errs.append("KAT " + name)
    posvals = {sp["value"] for r in S for sp in r["secrets"]}
    plains = set()
    for r in E:
        sp = r["secrets"][0]
        if len(r["secrets"]) != 1: errs.append("ev spans " + r["id"])
        got = DEC[sp["encoding"]](r["text"][:sp["start"]], sp["value"])
        if got != sp["plain"]: errs.append("decode %s %r %r" % (r["id"], got, sp["plain"]))
        if sp["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if sp["plain"] in posvals or sp["plain"] in plains: errs.append("plain reuse " + r["id"])
        if r["encoding"] != sp["encoding"]: errs.append("enc field " + r["id"])
        plains.add(sp["plain"])
    from collections import Counter
    if set(Counter(r["encoding"] for r in E).values()) != {3}: errs.append("3 per encoding")
    # negatives
    texts = [n["text"] for n in N]
    if len(texts) != len(set(texts)): errs.append("dup negative text")
    bad = {v for v in posvals | plains | {sp["value"] for r in E for sp in r["secrets"]} if len(v) >= 6}
    for n in N:
        for v in bad:
            if v in n["text"]: errs.append("neg leak " + n["id"]); break
        if "PRIVATE KEY" in n["text"]: errs.append("private key " + n["id"])
    alltxt = "\n".join(r["text"] for r in S + E)
    negtxt = "\n".join(texts)
    for k, v in meta["docvals"].items():
        if v not in negtxt: errs.append("doc missing " + k)
        if v in alltxt: errs.append("doc in positives " + k)
    # deny-list
    ov = denylist.overlaps(own_names(S, E, N, meta), d)
    if ov: errs.append("deny-list overlap %r" % ov[:5])
    for code, name in meta["langs"]:
        if not denylist.language_ok(code, name, d): errs.append("language " + code)
    if len({c for c, _ in meta["langs"]}) != 40: errs.append("40 languages")
    # counts
    src = Counter(r["source"] for r in S)
    ev_kinds = Counter(r["container"] for r in S if r["source"] == "everyday")
    if src["everyday"] != 180 or len(ev_kinds) != 45 or set(ev_kinds.values()) != {4}: errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 120: errs.append("password count")
    if src["prose"] != 40: errs.append("prose count")
    if len(E) != 66: errs.append("evasion count")
    if len(N) < 180 or len({n["class"] for n in N}) != 16: errs.append("negative counts")
    vt = [r["type"] for r in S if r["source"] == "vendor"]; pt = [r["type"] for r in S if r["source"] == "password"]
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt): errs.append("vendor/password types")
    return errs

def mutations(S, E, N, meta, d):
    cases = []
    def m1(S, E, N): S[0]["secrets"][0]["start"] += 1
    def m2(S, E, N): N[0]["text"] += " " + S[5]["secrets"][0]["value"]
    def m3(S, E, N): E[0]["secrets"][0]["plain"] = "wrongPlain99"
    def m4(S, E, N): S[3]["text"] += " " + S[3]["secrets"][0]["value"]
    def m5(S, E, N): N[1]["text"] += E[2]["secrets"][0]["plain"]
    def m6(S, E, N): N[2]["text"] = N[3]["text"]
    def m7(S, E, N): E[4]["text"] += " " + E[4]["secrets"][0]["plain"]
    def m8(S, E, N): meta2["mods"]["gen_everyday"].C["helpdesk_ticket_internal_note"] = "x{V}"
    for f in (m1, m2, m3, m4, m5, m6, m7, m8):
        s, e, n = copy.deepcopy(S), copy.deepcopy(E), copy.deepcopy(N)
        meta2 = dict(meta)
        f(s, e, n)
        caught = bool(check(s, e, n, meta2, d))
        meta["mods"]["gen_everyday"].C.pop("helpdesk_ticket_internal_note", None)
        if not caught:
            raise SystemExit("mutation not caught: " + f.__name__)
    return 8

def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    d = denylist.load()
    runs = []
    for _ in range(2):
        S, E, N, meta = generate_all()
        import readme
        importlib.reload(readme)
        R = readme.render(S, E, N, meta, d)
        runs.append((dumps(S), dumps(E), dumps(N), R))
    if runs[0] != runs[1]:
        raise SystemExit("non-deterministic")
    errs = check(S, E, N, meta, d)
    if errs:
        raise SystemExit("CHECKS FAILED:\n" + "\n".join(errs[:40]))
    mutations(S, E, N, meta, d)
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], runs[0]):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(data)
    print("ok: %d positives, %d evasions, %d negatives; all checks and 8 mutation tests passed" % (len(S), len(E), len(N)))

if __name__ == "__main__":
    main()
