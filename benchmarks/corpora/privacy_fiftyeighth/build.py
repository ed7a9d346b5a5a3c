#!/usr/bin/env python3
"""Build the p58 corpus: generate twice, check, mutation-test, then write."""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_encodings import ENC, PHRASE
from gen_decoders import DEC
from common import M0, M1

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "58"


def generate(d):
    pool = set()
    pos = gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool) + gen_prose.generate(pool, d)
    langs = [r.pop("_lang") for r in pos if "_lang" in r]
    ev = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    for i, r in enumerate(pos):
        r["id"] = "p%s-s-%04d" % (NN, i + 1)
    for i, r in enumerate(ev):
        r["id"] = "p%s-e-%04d" % (NN, i + 1)
    for i, r in enumerate(neg):
        r["id"] = "p%s-n-%04d" % (NN, i + 1)
    order = ["id", "type", "container", "encoding", "text", "secrets", "class", "source"]
    fix = lambda r: {k: r[k] for k in order if k in r}
    return [fix(r) for r in pos], [fix(r) for r in ev], [fix(r) for r in neg], langs


def own_names():
    n = set(gen_everyday.KINDS) | set(gen_vendor.STYLE_NAMES) | {t for t, _, _ in gen_vendor.V}
    n |= {t for t, _, _ in gen_passwords.P} | set(gen_passwords.SUFFIX.values())
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE} | set(ENC) | set(gen_evasions.WORDINGS)
    n |= {b for ks in gen_negatives.CLASSES.values() for b, _ in ks} | set(gen_negatives.WRAP)
    n |= {k for k, *_ in gen_negatives.DOCS} | {gen_negatives.NEW_CLASS}
    return sorted(n)


def count_overlapping(text, v):
    c, i = 0, text.find(v)
    while i >= 0:
        c += 1; i = text.find(v, i + 1)
    return c


def check(pos, ev, neg, langs, d, names, extra_names=()):
    errs = []
    ids = [r["id"] for r in pos + ev + neg]
    if len(set(ids)) != len(ids): errs.append("dup ids")
    for r in pos + ev + neg:
        kind = r["id"].split("-")[1]
        if not re.fullmatch(r"p58-[sen]-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
        t = r["text"]
        if M0 in t or M1 in t or "\x00" in t or re.search(r"<<\w+>>", t): errs.append("marker " + r["id"])
    seen = {}
    for r in pos + ev:
        t = r["text"]
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        last = -1
        vals = {}
        for s in r["secrets"]:
            if t[s["start"]:s["end"]] != s["value"]: errs.append("slice " + r["id"])
            if s["start"] < last: errs.append("order " + r["id"])
            last = s["start"]
            if s["value"] != s["value"].strip(): errs.append("ws " + r["id"])
            vals[s["value"]] = vals.get(s["value"], 0) + 1
        for v, c in vals.items():
            if count_overlapping(t, v) != c: errs.append("count %s %r" % (r["id"], v[:20]))
            if v in seen and seen[v] != r["id"]: errs.append("reuse " + r["id"])
            seen[v] = r["id"]
    plains = set()
    for r in ev:
        s = r["secrets"][0]
        if len(r["secrets"]) != 1 or s["encoding"] != r["encoding"]: errs.append("ev shape " + r["id"])
        try:
            got = DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as e:
            got = "<%s>" % e
        if got != s["plain"]: errs.append("decode " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_-]+", s["plain"]): errs.append("plain alpha " + r["id"])
        if s["plain"] in plains or s["plain"] in seen: errs.append("plain reuse " + r["id"])
        plains.add(s["plain"])
        if PHRASE[s["encoding"]].split(" (")[0].split("{")[0][:20] not in r["text"][:s["start"]]: errs.append("phrase " + r["id"])
    if set(ENC) != set(DEC): errs.append("enc/dec sets")
    from collections import Counter
    ce = Counter(r["encoding"] for r in ev)
    if len(ce) != 22 or set(ce.values()) != {3}: errs.append("ev counts")
    texts = [r["text"] for r in neg]
    if len(set(texts)) != len(texts): errs.append("dup negative text")
    secrets_all = [v for v in list(seen) + list(plains) if len(v) >= 6]
    for r in neg:
        for v in secrets_all:
            if v in r["text"]:
                errs.append("secret in negative " + r["id"]); break
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
    for k, val, rec, ctx in gen_negatives.DOCS:
        if rec() != val: errs.append("doc recompute " + k)
        if not any(val in r["text"] for r in neg): errs.append("doc missing " + k)
        if any(val in r["text"] for r in pos + ev): errs.append("doc in positives " + k)
    bad = denylist.overlaps(list(names) + list(extra_names), d)
    if bad: errs.append("deny-list overlap %s" % bad[:5])
    for c, n in langs:
        if not denylist.language_ok(c, n, d): errs.append("language " + c)
    if len({c for c, _ in langs}) != 40: errs.append("40 languages")
    src = Counter(r["source"] for r in pos)
    ck = Counter(r["container"] for r in pos if r["source"] == "everyday")
    if src["everyday"] != 180 or len(ck) != 45 or set(ck.values()) != {4}: errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 120: errs.append("password count")
    if src["prose"] != 40: errs.append("prose count")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("negative counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    et = {r["type"] for r in pos if r["source"] == "everyday"}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: errs.append("type uniqueness")
    return errs


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def mutations(pos, ev, neg, langs, d, names):
    caught = 0
    tests = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[5]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += p[3]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] = e[1]["secrets"][0]["plain"]
    def m5(p, e, n): p[9]["text"] += " " + p[9]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] += e[4]["secrets"][0]["plain"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): e[7]["text"] += e[7]["secrets"][0]["plain"]
    tests = [m1, m2, m3, m4, m5, m6, m7, m8]
    for m in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if check(p, e, n, langs, d, names): caught += 1
    # deny-listed container kind and language
    if check(pos, ev, neg, langs, d, names, extra_names=["scanned_letter__zoom_call_transcript_txt"]): caught += 1
    if check(pos, ev, neg, langs + [("fi", "Finnish")], d, names): caught += 1
    return caught, len(tests) + 2


def main():
    d = denylist.load()
    names = own_names()
    a = generate(d)
    b = generate(d)
    ra = readme.render(*a, d, names)
    rb = readme.render(*b, d, names)
    for x, y in zip(a[:3], b[:3]):
        if dump(x) != dump(y): raise SystemExit("non-deterministic JSONL")
    if ra != rb: raise SystemExit("non-deterministic README")
    pos, ev, neg, langs = a
    errs = check(pos, ev, neg, langs, d, names)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("checks failed (%d)" % len(errs))
    caught, total = mutations(pos, ev, neg, langs, d, names)
    if caught != total: raise SystemExit("mutation tests: only %d/%d caught" % (caught, total))
    for fn, rows in (("secrets.jsonl", pos), ("evasions.jsonl", ev), ("negatives.jsonl", neg)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(dump(rows))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    print("ok: %d positives, %d evasions, %d negatives, %d own names, mutations %d/%d" % (len(pos), len(ev), len(neg), len(names), caught, total))


if __name__ == "__main__":
    if "--freeze" in sys.argv:
        denylist.freeze(); print("frozen")
    else:
        main()
