#!/usr/bin/env python3
"""Build corpus p93. Python 3 stdlib only; fixed seeds; writes only after all checks pass."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc93, dec93, readme93

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_KEYS = ["id", "class", "container", "text", "source"]

def order(d, keys):
    return {k: d[k] for k in keys}

def generate(dl):
    ev = gen_everyday.generate(); ve = gen_vendor.generate(); pw = gen_passwords.generate()
    pr, langs, excl = gen_prose.generate(dl)
    pos = [order(dict(x, id="p93-s-%04d" % (i + 1)), POS_KEYS) for i, x in enumerate(ev + ve + pw + pr)]
    eva = [order(dict(x, id="p93-e-%04d" % (i + 1)), EVA_KEYS) for i, x in enumerate(gen_evasions.generate())]
    neg = [order(dict(x, id="p93-n-%04d" % (i + 1)), NEG_KEYS) for i, x in enumerate(gen_negatives.generate())]
    meta = dict(langs=langs, excluded=excl)
    return pos, eva, neg, meta

def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

def occ(text, v):
    return sum(1 for i in range(len(text) - len(v) + 1) if text.startswith(v, i))

def own_names(pos, eva, neg):
    n = set()
    n |= set(gen_everyday.KINDS) | set(gen_everyday.TYPES)
    n |= {t for t, _, _ in gen_vendor.V} | set(gen_vendor.STYLES)
    n |= {x[0] for x in gen_passwords.P} | set(gen_passwords.SUF.values())
    n |= set(gen_prose.FORMATS) | {gen_prose.TYPE}
    n |= set(enc93.ENC) | set(gen_evasions.WORDINGS)
    n |= set(gen_negatives.K) | {k for c in gen_negatives.K.values() for k in c} | {w.strip("_") for w in gen_negatives.WRAP if w}
    for r in pos + eva:
        n.add(r["container"]); n.add(r["type"])
        for s in r["secrets"]: n.add(s["type"])
    for r in neg:
        n.add(r["container"]); n.add(r["class"])
    return n

def check(pos, eva, neg, meta, dl):
    errs = []
    E = errs.append
    names = set(dl["names"])
    for rows, pre, keys in ((pos, "p93-s-", POS_KEYS), (eva, "p93-e-", EVA_KEYS), (neg, "p93-n-", NEG_KEYS)):
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids): E("dup ids")
        for r in rows:
            if list(r) != keys: E("field order " + r["id"])
            if not re.fullmatch(re.escape(pre) + r"\d{4}", r["id"]): E("bad id " + r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: E("json " + r["id"])
            if re.search("[\ue000-\ue1ff\x00]", r["text"]): E("marker " + r["id"])
            if "PRIVATE KEY" in r["text"]: E("private key " + r["id"])
    allvals = []
    for r in pos + eva:
        if r["type"] != r["secrets"][0]["type"]: E("type " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: E("offset " + r["id"])
            if v != v.strip(): E("edge ws " + r["id"])
            if occ(r["text"], v) != 1: E("occ " + r["id"])
            allvals.append((r["id"], v))
            if "plain" in s: allvals.append((r["id"], s["plain"]))
            for pfx in ("ghp_", "ghr_", "ghu_"):
                if v.startswith(pfx) and common.b62_crc(v[4:34]) != v[34:]: E("crc " + r["id"])
    vs = [v for _, v in allvals]
    if len(set(vs)) != len(vs): E("value reused")
    texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for rid, v in allvals:
        if len(v) < 6: continue
        for tid, t in texts:
            if tid != rid and v in t: E("value %s of %s in %s" % (v[:12], rid, tid))
    # evasions
    if set(enc93.ENC) != set(dec93.DEC): E("enc/dec sets")
    cnt = {}
    for r in eva:
        s = r["secrets"][0]
        cnt[s["encoding"]] = cnt.get(s["encoding"], 0) + 1
        if s["encoding"] != r["encoding"]: E("enc field " + r["id"])
        try:
            if dec93.DEC[s["encoding"]](s["value"]) != s["plain"]: E("decode " + r["id"])
        except Exception as ex:
            E("decode exc %s %s" % (r["id"], ex))
        rule = enc93.RULE[s["encoding"]]
        if r["text"].find(rule) < 0 or r["text"].find(rule) > s["start"]: E("rule before run " + r["id"])
        if s["plain"] in r["text"]: E("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): E("plain alphabet " + r["id"])
    if len(cnt) != 22 or set(cnt.values()) != {3}: E("evasion counts")
    # negatives
    nt = [r["text"] for r in neg]
    if len(set(nt)) != len(nt): E("dup negative text")
    if len({r["class"] for r in neg}) != 16: E("neg classes")
    # deny-list
    for n in own_names(pos, eva, neg):
        for part in [n] + n.split("__"):
            if part and part.lower() in names: E("deny-list overlap: " + part)
    for c in meta["langs"]:
        if not gen_prose.ok_lang(c, dl): E("deny-listed language " + c[0])
    langs = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    for l in langs:
        if l in set(dl["langs"]) or l in names: E("prose language deny-listed " + l)
    # counts and disjointness
    src = {}
    for r in pos: src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or len({r["container"] for r in pos if r["source"] == "everyday"}) != 45: E("everyday counts")
    if not 100 <= src.get("vendor", 0) <= 140: E("vendor count")
    if not 90 <= src.get("password", 0) <= 130: E("password count")
    if src.get("prose") != 40 or len(set(langs)) != 40: E("prose count")
    if len(neg) < 180: E("neg count")
    T = {s: {r["type"] for r in pos if r["source"] == s} for s in ("everyday", "vendor", "password", "prose")}
    for a in T:
        for b in T:
            if a < b and T[a] & T[b]: E("type sets overlap %s %s" % (a, b))
    if sum(1 for r in pos if r["source"] == "vendor") != len(T["vendor"]): E("vendor types not unique")
    if sum(1 for r in pos if r["source"] == "password") != len(T["password"]): E("password types not unique")
    return errs

def mutations(pos, eva, neg, meta, dl):
    def m1(p, e, n, m): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n, m): p[1]["secrets"][0]["end"] -= 1
    def m3(p, e, n, m): n[0]["text"] += " " + p[2]["secrets"][0]["value"]
    def m4(p, e, n, m): e[0]["secrets"][0]["plain"] = "x" + e[0]["secrets"][0]["plain"][1:]
    def m5(p, e, n, m): p[3]["text"] += p[3]["secrets"][0]["value"]
    def m6(p, e, n, m): n[1]["text"] += e[1]["secrets"][0]["plain"]
    def m7(p, e, n, m): n[2]["text"] = n[3]["text"]
    def m8(p, e, n, m): n[4]["container"] = "base58_bitcoin_alphabet"
    def m9(p, e, n, m): p[4]["container"] = "cargo_home_credentials_toml"
    def m10(p, e, n, m): n[5]["text"] += "-----BEGIN PRIVATE KEY-----"
    def m11(p, e, n, m): m["langs"].append(("isl", "is", "Icelandic", "x"))
    def m12(p, e, n, m): p[5]["text"] += p[6]["secrets"][0]["value"]
    def m13(p, e, n, m): p[7]["id"] = "p89-s-0008"
    def m14(p, e, n, m):
        s = e[2]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2
    def m15(p, e, n, m):
        r = [x for x in p if x["secrets"][0]["value"].startswith("ghp_")][0]; s = r["secrets"][0]
        v = s["value"][:-1] + ("A" if s["value"][-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]; s["value"] = v
    def m16(p, e, n, m): e[3]["text"] = e[3]["text"].replace(enc93.RULE[e[3]["encoding"]], "encoded")
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16]
    for f in ms:
        p, e, n, m = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg), copy.deepcopy(meta)
        f(p, e, n, m)
        if not check(p, e, n, m, dl):
            raise SystemExit("mutation test not caught: " + f.__name__)
    return len(ms)

def main():
    dl = denylist.load()
    outs = []
    for _ in range(2):
        pos, eva, neg, meta = generate(dl)
        errs = check(pos, eva, neg, meta, dl)
        if errs:
            print("\n".join(errs[:50])); raise SystemExit("checks failed (%d)" % len(errs))
        nm = mutations(pos, eva, neg, meta, dl)
        files = {"secrets.jsonl": dumps(pos), "evasions.jsonl": dumps(eva), "negatives.jsonl": dumps(neg)}
        files["README.md"] = readme93.render(pos, eva, neg, meta, dl, nm)
        outs.append(files)
    if outs[0] != outs[1]:
        raise SystemExit("non-deterministic output")
    for fn, data in outs[0].items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(data)
    print("wrote", {k: v.count("\n") for k, v in outs[0].items() if k.endswith(".jsonl")})

if __name__ == "__main__":
    main()
