#!/usr/bin/env python3
"""Build the p69 corpus: generate twice, check everything, run mutation tests, then write."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC
from gen_decoders import DEC

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "69"

def generate():
    deny = denylist.load()
    pool = common.Pool()
    ev = gen_everyday.gen(pool=pool)
    ve = gen_vendor.gen(pool=pool)
    pw = gen_passwords.gen(pool=pool)
    pr, langs = gen_prose.gen(deny, pool=pool)
    evs = gen_evasions.gen(pool=pool)
    neg = gen_negatives.gen()
    pos = ev + ve + pw + pr
    out = {"secrets": [], "evasions": [], "negatives": []}
    for i, r in enumerate(pos, 1):
        out["secrets"].append(dict({"id": "p%s-s-%04d" % (NN, i)}, **r))
    for i, r in enumerate(evs, 1):
        out["evasions"].append(dict({"id": "p%s-e-%04d" % (NN, i)}, **r))
    for i, r in enumerate(neg, 1):
        out["negatives"].append(dict({"id": "p%s-n-%04d" % (NN, i)}, **r))
    return out, deny, langs

def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)

def count_overlapping(text, v):
    n = i = 0
    while True:
        i = text.find(v, i)
        if i < 0:
            return n
        n += 1; i += 1

def own_names():
    """(category, name) pairs that must not overlap the frozen deny-list."""
    out = []
    out += [("everyday_kind", k) for k, _ in gen_everyday.KINDS]
    out += [("everyday_new_type", t) for t in gen_everyday.NEW_TYPES]
    out += [("vendor_type", t) for t, _, _ in gen_vendor.VENDORS]
    out += [("vendor_style", s) for s, _ in gen_vendor.STYLES]
    out += [("password_type", t) for t, _, _ in gen_passwords.SYN]
    out += [("password_suffix", s) for s in gen_passwords.SUFFIX.values()]
    out += [("prose_format", f) for f, _ in gen_prose.FORMATS]
    out += [("prose_type", gen_prose.SPAN_TYPE)]
    out += [("encoding", e) for e in ENC]
    out += [("wording", w) for w, _ in gen_evasions.WORDINGS]
    out += [("negative_base_kind", k) for c in gen_negatives.BASE for k, _ in gen_negatives.BASE[c]]
    out += [("negative_wrapper", w) for w in gen_negatives.WRAPPERS]
    out += [("documentation_kind", k) for k, _, _ in gen_negatives.doc_values()]
    out += [("negative_new_class", c) for c in ("ml_run_or_artifact_identifier", "tokenizer_or_tensor_dump")]
    return out

def name_hits(name, frozen):
    n = name.lower()
    return [p for p in [n] + n.split("__") if p and p in frozen]

def check(out, deny, langs, names=None):
    errs = []
    E = errs.append
    S, V, N = out["secrets"], out["evasions"], out["negatives"]
    frozen = set(deny["names"])
    # ids / json
    for key, tag, recs in (("secrets", "s", S), ("evasions", "e", V), ("negatives", "n", N)):
        ids = [r["id"] for r in recs]
        if len(set(ids)) != len(ids): E("dup ids in " + key)
        for r in recs:
            if not re.fullmatch(r"p%s-%s-\d{4}" % (NN, tag), r["id"]): E("bad id " + r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: E("json " + r["id"])
    # spans
    allvals = {}
    for r in S + V:
        t = r["text"]
        if common.SLOT in t or "\x00" in t or "«" in t or "»" in t: E("leftover marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: E("type mismatch " + r["id"])
        cnt = {}
        for sp in r["secrets"]:
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v: E("slice " + r["id"])
            if v != v.strip(): E("edge ws " + r["id"])
            cnt[v] = cnt.get(v, 0) + 1
            allvals.setdefault(v, set()).add(r["id"])
        for v, c in cnt.items():
            if count_overlapping(t, v) != c: E("occurrence count %s" % r["id"])
    for v, ids in allvals.items():
        if len(ids) > 1: E("value reused " + ",".join(sorted(ids)))
    # evasions
    if set(ENC) != set(DEC) or len(ENC) != 22: E("encoder/decoder sets")
    plains = [r["secrets"][0]["plain"] for r in V]
    if len(set(plains)) != len(plains): E("plain reused")
    posvals = {sp["value"] for r in S for sp in r["secrets"]}
    per = {}
    for r in V:
        sp = r["secrets"][0]
        if set(sp) != {"value", "start", "end", "type", "plain", "encoding"}: E("span fields " + r["id"])
        if sp["encoding"] != r["encoding"]: E("encoding field " + r["id"])
        per[r["encoding"]] = per.get(r["encoding"], 0) + 1
        try:
            d = DEC[sp["encoding"]](r["text"][:sp["start"]], sp["value"])
        except Exception as ex:
            d = "<%s>" % ex
        if d != sp["plain"]: E("decode " + r["id"])
        if sp["plain"] in r["text"]: E("plain verbatim " + r["id"])
        if sp["plain"] in posvals: E("plain is a positive value " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): E("plain alphabet " + r["id"])
    if sorted(set(per.values())) != [3] or len(per) != 22: E("3 per encoding")
    # negatives
    texts = [r["text"] for r in N]
    if len(set(texts)) != len(texts): E("dup negative text")
    needles = [v for v in list(posvals) + plains if len(v) >= 6]
    for r in N:
        for v in needles:
            if v in r["text"]:
                E("secret in negative " + r["id"]); break
        if "PRIVATE KEY" in r["text"]: E("PRIVATE KEY in " + r["id"])
    for kind, _, val in gen_negatives.doc_values():
        if not any(val in t for t in texts): E("doc value missing " + kind)
        if any(val in r["text"] for r in S + V): E("doc value in positives " + kind)
    # deny-list
    if os.path.isdir(denylist.BRIEF):
        cur = denylist.current()
        if cur != deny: E("frozen deny-list differs from READMEs")
    for cat, n in (names if names is not None else own_names()):
        h = name_hits(n, frozen)
        if h: E("deny-list overlap %s %s %s" % (cat, n, h))
    exempt = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)
    for r in S + V + N:
        if r["container"].lower() in exempt: continue
        h = name_hits(r["container"], frozen)
        if h: E("container overlap %s %s" % (r["id"], h))
    lset, words = set(deny["languages"]), set(deny["words"])
    for code, name, _ in langs:
        if code in frozen or code in lset or code in words or name.lower() in lset or any(w.lower() in words for w in name.split()):
            E("deny-listed language " + code)
    # counts
    src = {}
    for r in S: src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or len({r["container"] for r in S if r["source"] == "everyday"}) != 45: E("everyday count")
    if not 100 <= src.get("vendor", 0) <= 140: E("vendor count")
    if not 90 <= src.get("password", 0) <= 125: E("password count")
    pl = [r for r in S if r["source"] == "prose"]
    if len(pl) != 40 or len({r["container"].split("__")[1] for r in pl}) != 40: E("prose count")
    if len(V) != 66: E("evasion count")
    if len(N) < 180 or len({r["class"] for r in N}) != 16: E("negative count")
    vt = [r["type"] for r in S if r["source"] == "vendor"]
    pt = [r["type"] for r in S if r["source"] == "password"]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt): E("vendor/password types not unique")
    if set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES): E("type sets not disjoint")
    return errs

def mutations(out, deny, langs):
    M = []
    def m(name, fn, names=None, lg=None):
        o = copy.deepcopy(out)
        fn(o)
        errs = check(o, deny, lg if lg is not None else langs, names)
        M.append((name, bool(errs)))
    def shift(o): o["secrets"][0]["secrets"][0]["start"] += 1
    def shorten(o): o["secrets"][5]["secrets"][0]["end"] -= 1
    def posneg(o): o["negatives"][3]["text"] += " " + o["secrets"][200]["secrets"][0]["value"]
    def wrongplain(o): o["evasions"][4]["secrets"][0]["plain"] += "x"
    def extra(o): o["secrets"][9]["text"] += "\n" + o["secrets"][9]["secrets"][0]["value"]
    def plainneg(o): o["negatives"][7]["text"] += " " + o["evasions"][10]["secrets"][0]["plain"]
    def dupneg(o): o["negatives"][1]["text"] = o["negatives"][0]["text"]
    def plainverb(o): o["evasions"][12]["text"] += " " + o["evasions"][12]["secrets"][0]["plain"]
    def p61name(o): o["secrets"][3]["container"] = "ipynb_code_cell_source_json__zeek_http_log_row"
    def p65style(o): o["secrets"][300]["container"] = "ci_pipeline_variables_yaml"
    def trunc(o):
        sp = o["evasions"][20]["secrets"][0]
        sp["value"] = sp["value"][:-2]; sp["end"] -= 2
    def privkey(o): o["negatives"][11]["text"] += "\n-----BEGIN OPENSSH PRIVATE KEY-----"
    def badid(o): o["secrets"][2]["id"] = "p65-s-0003"
    m("shifted start", shift); m("shortened end", shorten); m("positive value in negative", posneg)
    m("wrong plain", wrongplain); m("extra unlabelled occurrence", extra); m("plain in negative", plainneg)
    m("duplicate negative", dupneg); m("plain verbatim in evasion", plainverb); m("p61 name as __ part", p61name)
    m("p65 vendor style as container", p65style); m("truncated evasion run", trunc); m("PRIVATE KEY armour", privkey)
    m("wrong id prefix", badid)
    m("deny-listed language fi", lambda o: None, lg=list(langs) + [("fi", "Finnish", "x")])
    m("deny-listed own name", lambda o: None, names=own_names() + [("encoding", "base45_rfc9285")])
    return M

def main():
    out1, deny, langs = generate()
    out2, _, _ = generate()
    files1 = {k: dumps(v) for k, v in out1.items()}
    files2 = {k: dumps(v) for k, v in out2.items()}
    if files1 != files2:
        sys.exit("non-deterministic JSONL")
    errs = check(out1, deny, langs)
    if errs:
        print("\n".join(errs[:60])); sys.exit("CHECKS FAILED (%d)" % len(errs))
    muts = mutations(out1, deny, langs)
    missed = [n for n, caught in muts if not caught]
    if missed:
        sys.exit("mutation tests not caught: %s" % missed)
    r1 = readme.render(out1, deny, langs, muts)
    r2 = readme.render(out2, deny, langs, muts)
    if r1 != r2:
        sys.exit("non-deterministic README")
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(HERE, k + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write(files1[k])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    print("OK", {k: len(v) for k, v in out1.items()}, "mutations caught: %d/%d" % (len(muts), len(muts)))

if __name__ == "__main__":
    main()
