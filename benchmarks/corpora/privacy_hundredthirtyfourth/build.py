#!/usr/bin/env python3
"""Build p134 (dental-practice and dental-lab developers). Standard library only, fixed seeds."""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common134, everyday134, vendor134, positional134, prose134, evasions134, negatives134, readme134
from dec134 import decode
from enc134 import E

OUT = os.path.dirname(os.path.abspath(__file__))
ID_RE = {"s": re.compile(r"^p134-s-\d{4}$"), "e": re.compile(r"^p134-e-\d{4}$"), "n": re.compile(r"^p134-n-\d{4}$")}


def generate(deny):
    ev = everyday134.build(1)
    ve, vdrop, vnotkept = vendor134.build(deny, 1 + len(ev))
    pw, pdrop = positional134.build(deny, 1 + len(ev) + len(ve))
    pr, ldrop = prose134.build(deny, 1 + len(ev) + len(ve) + len(pw))
    secrets = ev + ve + pw + pr
    evas = evasions134.build(1)
    negs = negatives134.build()
    meta = {"vdrop": vdrop, "vnotkept": vnotkept, "pdrop": pdrop, "ldrop": ldrop,
            "n_vendor_candidates": len(vendor134.CANDIDATES), "n_syntax": len(positional134.S),
            "n_langs_written": len(prose134.LANGS)}
    return secrets, evas, negs, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def overlaps(name, names):
    n = name.lower()
    return n in names or any(p in names for p in n.split("__"))


def check(secrets, evas, negs, deny):
    names = set(deny["names"]); langs = set(deny["langs"])
    errs = []
    def err(m): errs.append(m)
    ids = set()
    pos_fields = {"id", "type", "container", "text", "secrets", "source"}
    values, plains = [], []
    for r in secrets + evas:
        kind = "e" if r["source"] == "evasion" else "s"
        if not ID_RE[kind].match(r["id"]) or r["id"] in ids: err("bad id " + r["id"])
        ids.add(r["id"])
        want = pos_fields | ({"encoding"} if kind == "e" else set())
        if set(r) != want: err("fields " + r["id"])
        if len(r["secrets"]) != 1: err("spans " + r["id"])
        for sp in r["secrets"]:
            v, s, e = sp["value"], sp["start"], sp["end"]
            if r["text"][s:e] != v or v != v.strip() or not v: err("slice " + r["id"])
            if sp["type"] != r["type"]: err("type " + r["id"])
            if r["text"].count(v) != 1: err("occurs " + r["id"])
            values.append(v)
            if kind == "e":
                if set(sp) != {"value", "start", "end", "type", "plain", "encoding"}: err("efields " + r["id"])
                if sp["encoding"] != r["encoding"]: err("enc " + r["id"])
                try:
                    if decode(sp["encoding"], v) != sp["plain"]: err("decode " + r["id"])
                except Exception as ex:
                    err("decode exc %s %s" % (r["id"], ex))
                if not r["text"][:s].endswith(":\n"): err("rule-before " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): err("plain alphabet " + r["id"])
                plains.append(sp["plain"])
            else:
                if set(sp) != {"value", "start", "end", "type"}: err("sfields " + r["id"])
            if r["source"] == "prose":
                t = r["text"]
                if not (s > 0 and t[s - 1] == " " and e < len(t) and t[e] == " "): err("prose spacing " + r["id"])
        for bad in ("{v}", "\x00", "PRIVATE KEY"):
            if bad in r["text"]: err("marker %s %s" % (repr(bad), r["id"]))
    if len(set(values)) != len(values): err("value reused")
    if len(set(plains)) != len(plains): err("plain reused")
    alltexts = [(r["id"], r["text"]) for r in secrets + evas] + [(n["id"], n["text"]) for n in negs]
    for v in values:
        c = sum(t.count(v) for _, t in alltexts)
        if c != 1: err("value %r occurs %d times across corpus" % (v, c))
    for p in plains:
        if any(p in t for _, t in alltexts): err("plain in text %r" % p)
    # negatives
    ntexts = set()
    for n in negs:
        if not ID_RE["n"].match(n["id"]) or n["id"] in ids: err("neg id " + n["id"])
        ids.add(n["id"])
        if set(n) != {"id", "class", "container", "text", "source"} or n["source"] != "negative": err("neg fields " + n["id"])
        if n["text"] in ntexts: err("neg dup " + n["id"])
        ntexts.add(n["text"])
    if len({n["class"] for n in negs}) != 16: err("neg classes != 16")
    # deny-list
    for r in secrets + evas:
        if overlaps(r["container"], names): err("deny container " + r["container"])
        if overlaps(r["type"], names): err("deny type " + r["type"])
    for name in E:
        if overlaps(name, names): err("deny encoding " + name)
    for n in negs:
        if overlaps(n["class"], names): err("deny class " + n["class"])
        if overlaps(n["container"], names): err("deny neg container " + n["container"])
    for r in secrets:
        if r["source"] == "password" and overlaps(r["type"][5:], names): err("deny syntax " + r["type"])
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in names or code in langs: err("deny lang " + code)
    pl = [r["container"].split("__")[1] for r in secrets if r["source"] == "prose"]
    if len(set(pl)) != 40 or len(pl) != 40: err("prose langs != 40")
    fam = {}
    for r in secrets:
        fam.setdefault(r["source"], set()).add(r["type"])
    fl = list(fam.values())
    for i in range(len(fl)):
        for j in range(i + 1, len(fl)):
            if fl[i] & fl[j]: err("type families overlap")
    encs = {}
    for r in evas: encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}: err("evasion layout")
    return errs


def mutation_tests(secrets, evas, negs, deny):
    names = deny["names"]
    def m1(s, e, n): s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n): n[0]["text"] += " " + s[5]["secrets"][0]["value"]
    def m3(s, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(s, e, n): n[0]["class"] = "wine_lot_and_barrel_codes"
    def m5(s, e, n): s[0]["container"] = "dispatch_laravel_env_file"
    def m6(s, e, n): s[3]["text"] += " " + s[3]["secrets"][0]["value"]
    def m7(s, e, n): n[1]["text"] = n[0]["text"]
    def m8(s, e, n): s[2]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m9(s, e, n): s[-1]["container"] = s[-1]["container"].split("__")[0] + "__pol"
    def m10(s, e, n): e[0]["type"] = e[0]["container"] = "ascii85_adobe_delimited"
    caught = 0
    tests = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]
    for t in tests:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evas), copy.deepcopy(negs)
        t(s, e, n)
        if check(s, e, n, deny): caught += 1
        else: raise SystemExit("mutation not caught: " + t.__name__)
    return caught


def main():
    deny = common134.load_denylist()
    a = generate(deny); b = generate(deny)
    fa = [dumps(x) for x in a[:3]]; fb = [dumps(x) for x in b[:3]]
    if fa != fb: raise SystemExit("non-deterministic output")
    secrets, evas, negs, meta = a
    errs = check(secrets, evas, negs, deny)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("checks failed: %d" % len(errs))
    nm = mutation_tests(secrets, evas, negs, deny)
    r1 = readme134.render(secrets, evas, negs, meta, deny, nm)
    r2 = readme134.render(*generate(deny)[:3], meta, deny, nm)
    if r1 != r2: raise SystemExit("README non-deterministic")
    for fn, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), fa):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f: f.write(data)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f: f.write(r1)
    print("ok: secrets %d, evasions %d, negatives %d, mutations caught %d" % (len(secrets), len(evas), len(negs), nm))
    print("dropped:", meta)


if __name__ == "__main__":
    main()
