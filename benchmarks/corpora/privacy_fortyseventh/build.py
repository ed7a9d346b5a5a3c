"""Build the p47 corpus: generate twice, compare, check, mutation-test, then write."""
import json, os, re, sys, copy, collections
import denylist, common

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "47"


def generate():
    common.POOL.clear()
    import importlib
    import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
    dl = denylist.load()
    ev, ev_kinds = gen_everyday.build()
    ve, ve_styles = gen_vendor.build()
    pw, pw_suf = gen_passwords.build()
    pr, pr_names, dropped, spare = gen_prose.build(dl)
    langs = [x.pop("_lang") for x in pr]
    ee, wordings = gen_evasions.build()
    ng, ng_names, docvals = gen_negatives.build()
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos):
        x["id"] = "p%s-s-%04d" % (NN, i + 1)
    for i, x in enumerate(ee):
        x["id"] = "p%s-e-%04d" % (NN, i + 1)
    for i, x in enumerate(ng):
        x["id"] = "p%s-n-%04d" % (NN, i + 1)
    order = lambda d, keys: {k: d[k] for k in keys if k in d}
    pos = [order(x, ["id", "type", "container", "text", "secrets", "source"]) for x in pos]
    ee = [order(x, ["id", "type", "container", "encoding", "text", "secrets", "source"]) for x in ee]
    ng = [order(x, ["id", "class", "container", "text", "source"]) for x in ng]
    import gen_encodings
    own = (ev_kinds + [x["type"] for x in ve] + ve_styles + [x["type"] for x in pw] + pw_suf + pr_names
           + list(gen_encodings.ENC) + wordings + ng_names)
    meta = dict(dl=dl, own=own, langs=langs, dropped=dropped, spare=spare, docvals=docvals, ev_kinds=ev_kinds,
                ve_styles=ve_styles, pw_suf=pw_suf, pr_names=pr_names, wordings=wordings, ng_names=ng_names)
    files = {n: "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
             for n, recs in (("secrets.jsonl", pos), ("evasions.jsonl", ee), ("negatives.jsonl", ng))}
    files["README.md"] = readme.render(pos, ee, ng, meta)
    return pos, ee, ng, meta, files


def count(text, v):
    return sum(1 for i in range(len(text)) if text.startswith(v, i))


def check(pos, ee, ng, meta):
    import gen_decoders, gen_encodings
    err = []
    ids = [x["id"] for x in pos + ee + ng]
    if len(set(ids)) != len(ids): err.append("dup ids")
    for x in pos: 
        if not re.fullmatch(r"p47-s-\d{4}", x["id"]): err.append("bad id")
    allvals = collections.Counter()
    for x in pos + ee:
        t = x["text"]
        if any(c in t for c in "\ue000\ue001\x00") or "{P}" in t or "{V}" in t: err.append("marker " + x["id"])
        if x["type"] != x["secrets"][0]["type"]: err.append("type " + x["id"])
        last = -1
        for s in x["secrets"]:
            if t[s["start"]:s["end"]] != s["value"]: err.append("slice " + x["id"])
            if s["start"] < last: err.append("order " + x["id"])
            last = s["end"]
            if s["value"] != s["value"].strip(): err.append("ws " + x["id"])
        vc = collections.Counter(s["value"] for s in x["secrets"])
        for v, n in vc.items():
            if count(t, v) != n: err.append("occurrences %s" % x["id"])
            allvals[v] += 1
    per_rec = collections.Counter()
    for x in pos + ee:
        for v in set(s["value"] for s in x["secrets"]): per_rec[v] += 1
    if any(n > 1 for n in per_rec.values()): err.append("value reused across records")
    # evasions
    for k, (pre, run) in gen_decoders.SELFTEST.items():
        if gen_decoders.DEC[k](pre, run) != "Hi7": err.append("selftest " + k)
    if set(gen_decoders.DEC) != set(gen_encodings.ENC) or len(gen_encodings.ENC) != 22: err.append("enc/dec sets")
    posvals = set(s["value"] for x in pos for s in x["secrets"])
    plains = []
    for x in ee:
        s = x["secrets"][0]
        if gen_decoders.DEC[s["encoding"]](x["text"][:s["start"]], s["value"]) != s["plain"]: err.append("decode " + x["id"])
        if s["plain"] in x["text"]: err.append("plain verbatim " + x["id"])
        if s["plain"] in posvals: err.append("plain is positive " + x["id"])
        plains.append(s["plain"])
    if len(set(plains)) != len(plains): err.append("plain dup")
    if collections.Counter(x["encoding"] for x in ee) != collections.Counter({k: 3 for k in gen_encodings.ENC}): err.append("3 per encoding")
    # negatives
    texts = [x["text"] for x in ng]
    if len(set(texts)) != len(texts): err.append("neg dup text")
    bad = [v for v in list(posvals) + [s["value"] for x in ee for s in x["secrets"]] + plains if len(v) >= 6]
    for x in ng:
        if "PRIVATE KEY" in x["text"]: err.append("private key")
        for v in bad:
            if v in x["text"]: err.append("leak into negative " + x["id"]); break
    alltext = "".join(x["text"] for x in pos + ee)
    for v in meta["docvals"]:
        if v not in "".join(texts) or v in alltext: err.append("docval placement")
    # deny list
    ov = denylist.overlaps(meta["own"], meta["dl"])
    if ov: err.append("denylist overlap %s" % ov[:5])
    for code, name in meta["langs"]:
        if not denylist.lang_ok(code, name, meta["dl"]): err.append("language " + code)
    # counts
    src = collections.Counter(x["source"] for x in pos)
    if src["everyday"] != 180 or len(meta["ev_kinds"]) != 45: err.append("everyday count")
    if not 100 <= src["vendor"] <= 140: err.append("vendor count")
    if not 90 <= src["password"] <= 120: err.append("password count")
    if src["prose"] != 40 or len(set(meta["langs"])) != 40: err.append("prose count")
    if len(ee) != 66 or len(ng) < 180 or len(set(x["class"] for x in ng)) != 16: err.append("counts")
    vt = [x["type"] for x in pos if x["source"] == "vendor"]; pt = [x["type"] for x in pos if x["source"] == "password"]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt): err.append("type uniqueness")
    return err


def mutations(pos, ee, ng, meta):
    def caught(f):
        p, e, n, m = copy.deepcopy(pos), copy.deepcopy(ee), copy.deepcopy(ng), dict(meta)
        f(p, e, n, m)
        return bool(check(p, e, n, m))
    tests = {
     "shifted offset": lambda p, e, n, m: p[3]["secrets"][0].__setitem__("start", p[3]["secrets"][0]["start"] + 1),
     "positive in negative": lambda p, e, n, m: n[0].__setitem__("text", n[0]["text"] + " " + p[7]["secrets"][0]["value"]),
     "wrong plain": lambda p, e, n, m: e[5]["secrets"][0].__setitem__("plain", "x" + e[5]["secrets"][0]["plain"]),
     "extra occurrence": lambda p, e, n, m: p[9].__setitem__("text", p[9]["text"] + "\n" + p[9]["secrets"][0]["value"]),
     "plain in negative": lambda p, e, n, m: n[4].__setitem__("text", n[4]["text"] + e[2]["secrets"][0]["plain"]),
     "dup negative": lambda p, e, n, m: n.append(dict(n[1], id="p47-n-9999")),
     "denylisted name": lambda p, e, n, m: m.__setitem__("own", m["own"] + ["jupyter_ipynb_code_cell_source__pasted_console_session"]),
     "plain verbatim": lambda p, e, n, m: e[8].__setitem__("text", e[8]["text"] + " " + e[8]["secrets"][0]["plain"]),
    }
    return {k: caught(f) for k, f in tests.items()}


def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    a = generate()
    b = generate()
    if a[4] != b[4]:
        sys.exit("non-deterministic output")
    pos, ee, ng, meta, files = a
    err = check(pos, ee, ng, meta)
    if err:
        sys.exit("checks failed: %s" % err[:10])
    mt = mutations(pos, ee, ng, meta)
    if not all(mt.values()):
        sys.exit("mutation not caught: %s" % [k for k, v in mt.items() if not v])
    for n, c in files.items():
        with open(os.path.join(HERE, n), "w", encoding="utf-8") as f:
            f.write(c)
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(pos), len(ee), len(ng), len(mt)))


if __name__ == "__main__":
    main()
