#!/usr/bin/env python3
"""Build corpus p120 twice, compare, check, then write."""
import sys, os, json, re, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common120 import *
import everyday120, vendor120, positional120, prose120, evasions120, enc120, dec120, negatives120, readme120

OUT = HERE

def readme_norm_text():
    p = os.path.join(HERE, "brief_norm.txt")
    if os.path.isdir(BRIEF):
        t = "".join(open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md"))
        n = positional120.norm(t)
        if os.path.exists(p):
            if open(p, encoding="utf-8").read() != n:
                raise SystemExit("frozen brief_norm.txt differs")
        else:
            open(p, "w", encoding="utf-8").write(n)
        return n
    return open(p, encoding="utf-8").read()

def counter(prefix):
    c = [0]
    def f():
        c[0] += 1
        return "%s%04d" % (prefix, c[0])
    return f

def generate():
    deny = load_denylist()
    rn = readme_norm_text()
    sid = counter("p120-s-")
    ev = everyday120.generate(sid)
    ve, vdrop = vendor120.generate(sid, set(deny["words"]))
    pw, pdrop = positional120.generate(sid, rn)
    pr, ldrop, lkept = prose120.generate(sid, deny)
    pos = ev + ve + pw + pr
    eva = evasions120.generate(counter("p120-e-"))
    neg = negatives120.generate(counter("p120-n-"))
    meta = {"vdrop": vdrop, "pdrop": pdrop, "ldrop": ldrop, "lkept": lkept[:40], "deny": deny}
    return pos, eva, neg, meta

def dumps(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)

def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n

def own_names():
    names = {}
    names["everyday_kind"] = [k for k, _ in everyday120.KINDS]
    names["everyday_type"] = [t for t, _ in everyday120.types()]
    names["vendor_type"] = [c[0] for c in vendor120.CANDIDATES]
    names["vendor_style"] = [s for s, _ in vendor120.STYLES]
    names["password_syntax"] = [s[0] for s in positional120.SYNTAXES] + ["adpw_" + s[0] for s in positional120.SYNTAXES]
    names["password_suffix"] = list(positional120.SUF.values())
    names["prose_format"] = [f for f, _ in prose120.FORMATS] + [prose120.TYPE]
    names["encoding"] = list(enc120.RULES)
    names["evasion_type"] = [t[0] for t in evasions120.TYPES]
    names["evasion_wording"] = [w[0] for w in evasions120.WORDINGS]
    names["negative_class"] = [c for c, _ in negatives120.CLASSES]
    names["negative_base"] = [f.__name__ for _, fs in negatives120.CLASSES for f in fs]
    names["negative_wrapper"] = [w[0].lstrip("_") for w in negatives120.WRAPPERS if w[0]]
    return names

def check(pos, eva, neg, meta):
    errs = []
    deny = meta["deny"]
    dn = set(deny["names"])
    idre = {"s": re.compile(r"^p120-s-\d{4}$"), "e": re.compile(r"^p120-e-\d{4}$"), "n": re.compile(r"^p120-n-\d{4}$")}
    ids = set()
    for rec in pos + eva + neg:
        if rec["id"] in ids: errs.append("dup id " + rec["id"])
        ids.add(rec["id"])
        t = rec["text"]
        if MARK in t or "\0" in t or "PRIVATE KEY" in t: errs.append("forbidden content " + rec["id"])
    for rec in pos:
        if not idre["s"].match(rec["id"]): errs.append("bad id " + rec["id"])
        if set(rec) != {"id", "type", "container", "text", "secrets", "source"}: errs.append("fields " + rec["id"])
    for rec in eva:
        if not idre["e"].match(rec["id"]): errs.append("bad id " + rec["id"])
        if set(rec) != {"id", "type", "container", "text", "secrets", "encoding", "source"}: errs.append("fields " + rec["id"])
    for rec in neg:
        if not idre["n"].match(rec["id"]): errs.append("bad id " + rec["id"])
        if set(rec) != {"id", "class", "container", "text", "source"}: errs.append("fields " + rec["id"])
    values, plains = [], []
    for rec in pos + eva:
        if len(rec["secrets"]) != 1: errs.append("span count " + rec["id"])
        for s in rec["secrets"]:
            v = s["value"]
            if rec["text"][s["start"]:s["end"]] != v: errs.append("offset " + rec["id"])
            if v != v.strip() or not v: errs.append("edge ws " + rec["id"])
            if count_overlapping(rec["text"], v) != 1: errs.append("occurs != 1 " + rec["id"])
            if s["type"] != rec["type"]: errs.append("type " + rec["id"])
            values.append((rec["id"], v))
            if "plain" in s:
                plains.append((rec["id"], s["plain"]))
                try:
                    ok = dec120.decode(s["encoding"], v) == s["plain"]
                except Exception:
                    ok = False
                if not ok: errs.append("decode " + rec["id"])
                if s["encoding"] != rec["encoding"]: errs.append("encoding field " + rec["id"])
                rule = enc120.RULES.get(s["encoding"], "\x00")
                if rec["text"].find(rule) < 0 or rec["text"].find(rule) > s["start"]: errs.append("rule not before run " + rec["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): errs.append("plain alphabet " + rec["id"])
        if rec["source"] not in ("everyday", "vendor", "password", "prose", "evasion"): errs.append("source " + rec["id"])
    allv = [v for _, v in values] + [p for _, p in plains]
    if len(set(allv)) != len(allv): errs.append("value or plain reused")
    alltexts = [(r["id"], r["text"]) for r in pos + eva + neg]
    big = "\x01".join(t for _, t in alltexts)
    for rid, v in values:
        if count_overlapping(big, v) != 1: errs.append("value appears elsewhere " + rid)
    for rid, p in plains:
        if p in big: errs.append("plain in some text " + rid)
    for rec in neg:
        for _, v in values + plains:
            if v in rec["text"]: errs.append("positive value in negative " + rec["id"]); break
    if len(set(r["text"] for r in neg)) != len(neg): errs.append("duplicate negative text")
    # JWT
    for rec in pos:
        v = rec["secrets"][0]["value"]
        if v.startswith("eyJ") and v.count(".") == 2:
            h, p, _ = v.split(".")
            for part in (h, p):
                json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    # prose value set off by spaces
    for rec in pos:
        if rec["source"] == "prose":
            s = rec["secrets"][0]
            if rec["text"][s["start"] - 1] != " " or rec["text"][s["end"]] != " ": errs.append("prose spacing " + rec["id"])
    # deny-list
    for cat, lst in own_names().items():
        if len(set(x.lower() for x in lst)) != len(lst): errs.append("own names not unique in " + cat)
        for n in lst:
            h = name_hits(n, dn)
            if h: errs.append("deny-list %s: %s %s" % (cat, n, h))
    for rec in pos + eva + neg:
        for n in [rec["container"], rec.get("class", ""), rec.get("encoding", "")] + [s["type"] for s in rec.get("secrets", [])]:
            if n and name_hits(n, dn): errs.append("deny-list record %s: %s" % (rec["id"], n))
    langs = [rec["container"].split("__")[-1] for rec in pos if rec["source"] == "prose"]
    if len(set(langs)) != 40 or len(langs) != 40: errs.append("prose languages")
    for c3 in langs:
        if c3 in set(deny["langs"]) or c3 in dn: errs.append("deny-listed language " + c3)
    # counts
    src = {}
    for rec in pos: src[rec["source"]] = src.get(rec["source"], 0) + 1
    if src.get("everyday") != 180 or not 100 <= src.get("vendor", 0) <= 140 or not 90 <= src.get("password", 0) <= 125 or src.get("prose") != 40:
        errs.append("counts %s" % src)
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22: errs.append("evasion counts")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("negative counts")
    fam = {}
    for rec in pos: fam.setdefault(rec["source"], set()).add(rec["type"])
    ks = list(fam)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if fam[ks[i]] & fam[ks[j]]: errs.append("span type families overlap")
    cont = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(set(cont)) != len(cont): errs.append("non-everyday containers not unique")
    return errs

def mutations(pos, eva, neg, meta):
    dn = meta["deny"]["names"]
    tests = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): n[1]["text"] = n[0]["text"]
    def m5(p, e, n): p[3]["text"] += "\n-----BEGIN PRIVATE KEY-----"
    def m6(p, e, n): p[0]["container"] = "houdini_env_file_assignment"
    def m7(p, e, n): e[0]["encoding"] = e[0]["secrets"][0]["encoding"] = "ascii85_adobe"
    def m8(p, e, n): p[1]["id"] = "p119-s-0002"
    def m9(p, e, n): p[2]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m10(p, e, n): p[9]["text"] += " " + p[9]["secrets"][0]["value"]
    def m11(p, e, n):
        rule = enc120.RULES[e[2]["encoding"]]
        t = e[2]["text"]; k = t.index(rule)
        e[2]["text"] = t[:k] + "in some notation" + t[k + len(rule):]
        d = len("in some notation") - len(rule)
        e[2]["secrets"][0]["start"] += d; e[2]["secrets"][0]["end"] += d
    def m12(p, e, n): n[0]["class"] = "farm_job_object_ids"
    def m13(p, e, n):
        for r in p:
            if r["source"] == "prose":
                r["container"] = r["container"].rsplit("__", 1)[0] + "__deu"; break
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        f(p, e, n)
        if not check(p, e, n, meta):
            raise SystemExit("mutation test not caught: " + f.__name__)
        tests.append(f.__name__)
    return tests

def main():
    a = generate(); b = generate()
    fa = [dumps(x) for x in a[:3]]; fb = [dumps(x) for x in b[:3]]
    if fa != fb: raise SystemExit("non-deterministic output")
    pos, eva, neg, meta = a
    errs = check(pos, eva, neg, meta)
    if errs:
        print("\n".join(errs[:60])); raise SystemExit("checks failed: %d" % len(errs))
    tests = mutations(pos, eva, neg, meta)
    ra = readme120.render(pos, eva, neg, meta, tests)
    rb = readme120.render(*b[:4], tests)
    if ra != rb: raise SystemExit("README non-deterministic")
    for name, data in (("secrets.jsonl", fa[0]), ("evasions.jsonl", fa[1]), ("negatives.jsonl", fa[2]), ("README.md", ra)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(pos), len(eva), len(neg), len(tests)))

if __name__ == "__main__":
    main()
