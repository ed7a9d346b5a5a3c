"""Build the p59 corpus: generate twice, check, mutation-test, then write."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, gen_decoders, readme

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "59"


def pick_languages(dl):
    names, words, langs = set(dl["names"]), set(dl["words"]), dl["languages"]
    ok = [c for c in gen_prose.CANDIDATES if c[0] not in names and c[0] not in langs and c[0] not in words
          and not any(w.lower() in words for w in c[1].split())]
    return ok[:40]


def generate(dl):
    pool = common.Pool()
    pos = gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool) + gen_prose.generate(pool, pick_languages(dl))
    ev = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    out = []
    for lst, tag in ((pos, "s"), (ev, "e"), (neg, "n")):
        recs = []
        for i, rec in enumerate(lst, 1):
            recs.append(dict({"id": f"p{NN}-{tag}-{i:04d}"}, **rec))
        out.append(recs)
    return out


def own_names(pos, ev, neg):
    n = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES) | set(gen_vendor.V) | set(gen_vendor.STYLES)
    n |= set(gen_passwords.S) | set(gen_passwords.SUFFIX.values()) | set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    n |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS) | set(gen_negatives.NEW_CLASSES) | set(gen_negatives.DOCS)
    n |= {k for c in gen_negatives.BASE.values() for k in c} | {w.strip("_") for w in gen_negatives.WRAP if w}
    n |= {"terminal_cat_p8_file", "play_publisher_service_account_json"}
    for rec in pos + ev + neg:
        n.add(rec["container"])
        if not rec["container"].rsplit("__", 1)[-1] in {c for c, _, _ in gen_prose.CANDIDATES}:
            pass
    return n


def check(pos, ev, neg, dl):
    errs = []
    E = errs.append
    frozen = set(dl["names"])
    langcodes = {c for c, _, _ in gen_prose.CANDIDATES}
    # ids / JSON
    for lst, tag in ((pos, "s"), (ev, "e"), (neg, "n")):
        ids = [r["id"] for r in lst]
        if len(set(ids)) != len(ids): E("dup ids " + tag)
        for r in lst:
            if not re.fullmatch(rf"p{NN}-{tag}-\d{{4}}", r["id"]): E("bad id " + r["id"])
            if json.loads(common.dumps(r)) != r: E("json " + r["id"])
    seen_vals = {}
    for r in pos + ev:
        t = r["text"]
        if "\ue000" in t or "\ue001" in t or "\0" in t: E("marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: E("type " + r["id"])
        last = -1
        for s in r["secrets"]:
            if t[s["start"]:s["end"]] != s["value"]: E("slice " + r["id"])
            if s["value"] != s["value"].strip(): E("edge ws " + r["id"])
            if s["start"] < last: E("order " + r["id"])
            last = s["end"]
        for v in {s["value"] for s in r["secrets"]}:
            if common.count_overlapping(t, v) != sum(1 for s in r["secrets"] if s["value"] == v): E("occurrence " + r["id"])
            if v in seen_vals and seen_vals[v] != r["id"]: E("reused value " + r["id"])
            seen_vals[v] = r["id"]
    plains = set()
    for r in ev:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: E("ev fields " + r["id"])
        if s["encoding"] != r["encoding"]: E("ev enc " + r["id"])
        try:
            dec = gen_decoders.DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as ex:
            dec = "ERR %r" % ex
        if dec != s["plain"]: E("decode " + r["id"])
        if s["plain"] in r["text"]: E("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): E("plain alphabet " + r["id"])
        if s["plain"] in plains or s["plain"] in seen_vals: E("plain reused " + r["id"])
        plains.add(s["plain"])
    if set(gen_encodings.ENC) != set(gen_decoders.DEC) or len(gen_encodings.ENC) != 22: E("enc/dec sets")
    from collections import Counter
    ec = Counter(r["encoding"] for r in ev)
    if len(ev) != 66 or any(v != 3 for v in ec.values()): E("evasion counts")
    # negatives
    texts = [r["text"] for r in neg]
    if len(set(texts)) != len(texts): E("dup negative text")
    badvals = [v for v in list(seen_vals) + list(plains) if len(v) >= 6]
    for r in neg:
        if "PRIVATE KEY" in r["text"]: E("private key in negative " + r["id"])
        for v in badvals:
            if v in r["text"]: E("positive value in negative " + r["id"]); break
    docvals = gen_negatives.DOC_PUBLISHED
    if gen_negatives.recompute() != docvals: E("doc recompute")
    alltext_pos = "".join(r["text"] for r in pos + ev)
    alltext_neg = "".join(r["text"] for r in neg)
    for v in docvals.values():
        if v not in alltext_neg or v in alltext_pos: E("doc placement")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: E("negative counts")
    # counts
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180 or len({r["container"] for r in pos if r["source"] == "everyday"}) != 45: E("everyday counts")
    if not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 120: E("vendor/password counts")
    if src["prose"] != 40 or len({r["container"].rsplit("__", 1)[1] for r in pos if r["source"] == "prose"}) != 40: E("prose counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    et = {r["type"] for r in pos if r["source"] == "everyday"}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: E("type disjointness")
    # deny-list
    for name in sorted(own_names(pos, ev, neg)):
        for part in [name] + name.split("__"):
            if part in langcodes: continue
            if part.lower() in frozen: E("deny-listed name: " + part + " in " + name)
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].rsplit("__", 1)[1]
            if code in frozen or code in dl["languages"] or code in dl["words"]: E("deny-listed language " + code)
    return errs


def mutations(pos, ev, neg, dl):
    caught = 0
    muts = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[1]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += p[2]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] = e[0]["secrets"][0]["plain"] + "x"
    def m5(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] += e[1]["secrets"][0]["plain"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): e[2]["text"] += e[2]["secrets"][0]["plain"]
    def m9(p, e, n): p[4]["container"] = p[4]["container"] + "__zalo_pc_export_txt_line__ota_update_state_script"
    def m10(p, e, n):
        s = e[3]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2; e[3]["text"] = e[3]["text"][:s["end"]] + e[3]["text"][s["end"] + 2:]
    def m11(p, e, n): n[5]["text"] += "-----BEGIN PRIVATE KEY-----"
    def m12(p, e, n): p[-1]["container"] = p[-1]["container"].rsplit("__", 1)[0] + "__nb"
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        P, Ev, N = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(P, Ev, N)
        if check(P, Ev, N, dl):
            caught += 1
        else:
            raise SystemExit("mutation not caught: " + m.__name__)
    return caught


def render(pos, ev, neg):
    return ["\n".join(common.dumps(r) for r in lst) + "\n" for lst in (pos, ev, neg)]


def main():
    dl = denylist.load()
    a = generate(dl)
    b = generate(dl)
    ra, rb = render(*a), render(*b)
    if ra != rb: raise SystemExit("non-deterministic JSONL")
    errs = check(*a, dl)
    if errs:
        print("\n".join(errs[:60])); raise SystemExit("%d check failures" % len(errs))
    nm = mutations(*a, dl)
    langs = pick_languages(dl)
    md1 = readme.render(*a, dl, langs, nm)
    md2 = readme.render(*b, dl, langs, nm)
    if md1 != md2: raise SystemExit("non-deterministic README")
    for fn, body in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), ra):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(body)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(md1)
    print("ok", len(a[0]), len(a[1]), len(a[2]), "mutations caught", nm)


if __name__ == "__main__":
    main()
