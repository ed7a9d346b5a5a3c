"""Build p53: python3 build.py  (python3 build.py --freeze re-extracts the deny-list once)."""
import copy, json, os, re, sys
from collections import Counter
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC
from gen_decoders import DEC, KAT

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "53"


def generate(frozen):
    pool = common.Pool()
    pos = gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool) + gen_prose.generate(pool, frozen)
    ev = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    langs = [(r.pop("language"), r["container"]) for r in pos if "language" in r]
    for i, r in enumerate(pos, 1):
        r["id"] = "p%s-s-%04d" % (NN, i)
    for i, r in enumerate(ev, 1):
        r["id"] = "p%s-e-%04d" % (NN, i)
    for i, r in enumerate(neg, 1):
        r["id"] = "p%s-n-%04d" % (NN, i)
    order = ["id", "type", "container", "encoding", "text", "secrets", "source", "class"]
    pos = [{k: r[k] for k in order if k in r} for r in pos]
    ev = [{k: r[k] for k in order if k in r} for r in ev]
    neg = [{k: r[k] for k in ("id", "class", "container", "text", "source")} for r in neg]
    return pos, ev, neg


def own_names():
    n = list(gen_everyday.KINDS) + [t for t, _, _ in gen_vendor.vendor_rows(__import__("random").Random(0))] + list(gen_vendor.STYLES)
    n += [t for t, _, _ in gen_passwords.SYNTAXES] + ["ci_job_log_step", "release_runbook_snippet", "pr_diff_added_lines"]
    n += gen_prose.FORMATS + [gen_prose.SPAN] + list(ENC) + list(gen_evasions.WORDINGS) + gen_negatives.own_names()
    return n


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(pos, ev, neg, frozen):
    errs = []
    ids = [r["id"] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for r in pos: 
        if not re.fullmatch(r"p53-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p53-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p53-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    seen_vals = {}
    for r in pos + ev:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("roundtrip " + r["id"])
        t = r["text"]; t.encode("utf-8")
        if common.M in t or "\0" in t or "{x}" in t: errs.append("marker left " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type mismatch " + r["id"])
        last = -1
        for s in r["secrets"]:
            v = s["value"]
            if t[s["start"]:s["end"]] != v: errs.append("slice " + r["id"])
            if v != v.strip(): errs.append("edge ws " + r["id"])
            if s["start"] < last: errs.append("unsorted " + r["id"])
            last = s["start"]
            if seen_vals.get(v, r["id"]) != r["id"]: errs.append("value reused " + r["id"])
            seen_vals[v] = r["id"]
        for v, c in Counter(s["value"] for s in r["secrets"]).items():
            occ = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if occ != c: errs.append("occurrence %s %d!=%d" % (r["id"], occ, c))
    # evasions
    for name, kat in KAT.items():
        k = 0
        ph, run = ENC[name]("Hi7-", k)
        if run != kat: errs.append("KAT enc " + name)
        if DEC[name](ph, kat) != "Hi7-": errs.append("KAT dec " + name)
    if set(ENC) != set(DEC) or len(ENC) != 22: errs.append("enc/dec sets")
    ec = Counter(r["encoding"] for r in ev)
    if set(ec.values()) != {3} or len(ec) != 22: errs.append("evasion counts")
    pos_vals = {s["value"] for r in pos for s in r["secrets"]}
    plains = [r["secrets"][0]["plain"] for r in ev]
    if len(plains) != len(set(plains)): errs.append("plain reused")
    for r in ev:
        s = r["secrets"][0]
        try:
            got = DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as e:
            got = "ERR %r" % e
        if got != s["plain"]: errs.append("decode " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if s["plain"] in pos_vals: errs.append("plain is positive " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_-]+", s["plain"]): errs.append("plain alphabet " + r["id"])
        if s["encoding"] != r["encoding"]: errs.append("enc field " + r["id"])
    # negatives
    texts = [r["text"] for r in neg]
    if len(texts) != len(set(texts)): errs.append("duplicate negative text")
    danger = [v for v in pos_vals | set(plains) if len(v) >= 6]
    for r in neg:
        for v in danger:
            if v in r["text"]: errs.append("secret in negative " + r["id"]); break
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
    for name, (pub, got) in gen_negatives.PUBLISHED.items():
        if pub != got: errs.append("doc value " + name)
    alltxt_neg = "\n".join(texts); alltxt_pos = "\n".join(r["text"] for r in pos + ev)
    for d in gen_negatives.DOC_VALUES:
        if d not in alltxt_neg or d in alltxt_pos: errs.append("doc placement " + d)
    # deny-list
    bad = denylist.overlaps(own_names(), frozen)
    if bad: errs.append("deny-list overlap %r" % bad[:5])
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            name = dict((c[0], c[1]) for c in gen_prose.CANDIDATES).get(code, "")
            if not denylist.language_ok(code, name, frozen): errs.append("language " + code)
    # counts
    src = Counter(r["source"] for r in pos)
    ek = Counter(r["container"] for r in pos if r["source"] == "everyday")
    if src["everyday"] != 180 or len(ek) != 45 or set(ek.values()) != {4}: errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 120: errs.append("password count")
    langs = {r["container"].split("__")[1] for r in pos if r["source"] == "prose"}
    if src["prose"] != 40 or len(langs) != 40: errs.append("prose count")
    if len(ev) != 66: errs.append("evasion count")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("negative counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]; pt = [r["type"] for r in pos if r["source"] == "password"]
    et = {r["type"] for r in pos if r["source"] == "everyday"}
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: errs.append("type uniqueness")
    return errs


def mutations(pos, ev, neg, frozen):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[3]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] = "wrongPlain123"
    def m4(p, e, n): p[5]["text"] += " " + p[5]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] += " " + e[2]["secrets"][0]["plain"]
    def m6(p, e, n): n[2]["text"] = n[3]["text"]
    def m7(p, e, n): e[4]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m8(p, e, n): p[7]["secrets"][0]["end"] -= 1
    def m9(p, e, n): gen_everyday.KINDS["pidgin_html_log_line"] = "x"
    def m10(p, e, n): p[-1]["container"] = p[-1]["container"].split("__")[0] + "__fi"
    caught = 0
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        saved = dict(gen_everyday.KINDS)
        m(p, e, n)
        if check(p, e, n, frozen): caught += 1
        else: print("mutation not caught:", m.__name__)
        gen_everyday.KINDS.clear(); gen_everyday.KINDS.update(saved)
    return caught


def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    frozen = denylist.load()
    a = generate(frozen); b = generate(frozen)
    outs_a = [dumps(x) for x in a]; outs_b = [dumps(x) for x in b]
    ra = readme.render(*a, frozen, own_names()); rb = readme.render(*b, frozen, own_names())
    if outs_a != outs_b or ra != rb:
        sys.exit("non-deterministic output")
    errs = check(*a, frozen)
    if errs:
        print("\n".join(errs[:40])); sys.exit("checks failed: %d" % len(errs))
    caught = mutations(*a, frozen)
    if caught != 10:
        sys.exit("mutation tests: only %d/10 caught" % caught)
    for name, s in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), outs_a):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f: f.write(s)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f: f.write(ra)
    print("ok: %d positives, %d evasions, %d negatives; 10/10 mutations caught" % tuple(len(x) for x in a))


if __name__ == "__main__":
    main()
