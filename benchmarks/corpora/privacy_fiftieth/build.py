#!/usr/bin/env python3
"""Build the p50 held-out corpus (privacy_fiftieth). Standard library only, deterministic.

python3 build.py           generate twice, check, mutation-test, write files
python3 build.py --freeze  (re)write brief_names.json from /tmp/brief50 READMEs
"""
import copy
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import denylist  # noqa: E402
import gen_everyday  # noqa: E402
import gen_vendor  # noqa: E402
import gen_passwords  # noqa: E402
import gen_prose  # noqa: E402
import gen_evasions  # noqa: E402
import gen_negatives  # noqa: E402
from gen_encodings import ENC  # noqa: E402
from gen_decoders import DEC  # noqa: E402
from common import Pool, MARK, fill  # noqa: E402
import readme  # noqa: E402

NN = "50"
NEW_CLASS = "clinical_identifier_not_secret"


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def generate():
    pool = Pool()
    ev = gen_everyday.build(pool)
    ve = gen_vendor.build(pool)
    pw = gen_passwords.build(pool)
    pr = gen_prose.build(pool)
    pos = ev + ve + pw + pr
    evs = gen_evasions.build(pool, fill)
    neg = gen_negatives.build()
    langs = [r.pop("_lang") for r in pr]
    out_pos, out_ev, out_neg = [], [], []
    for i, r in enumerate(pos, 1):
        out_pos.append({"id": "p%s-s-%04d" % (NN, i), **r})
    for i, r in enumerate(evs, 1):
        out_ev.append({"id": "p%s-e-%04d" % (NN, i), **r})
    for i, r in enumerate(neg, 1):
        out_neg.append({"id": "p%s-n-%04d" % (NN, i), **r})
    return out_pos, out_ev, out_neg, langs


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def own_names():
    names = set(gen_everyday.KINDS) | set(gen_vendor.STYLES) | set(gen_passwords.SUFFIX)
    names |= {t for t, _, _ in gen_vendor.V} | {t for t, _, _ in gen_passwords.SYN}
    names |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE} | set(ENC) | set(gen_evasions.WORDINGS)
    names |= {fn.__name__ for fns in gen_negatives.CLASSES.values() for fn in fns}
    names |= set(gen_negatives.WRAPPERS) | set(gen_negatives.doc_values()) | {NEW_CLASS}
    names |= {"ldap_bind_password"}
    return sorted(names)


def check_all(pos, evs, neg, langs, deny):
    idre = {"s": re.compile(r"^p%s-s-\d{4}$" % NN), "e": re.compile(r"^p%s-e-\d{4}$" % NN),
            "n": re.compile(r"^p%s-n-\d{4}$" % NN)}
    ids = [r["id"] for r in pos + evs + neg]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in pos:
        need(idre["s"].match(r["id"]), "bad id " + r["id"])
    for r in evs:
        need(idre["e"].match(r["id"]), "bad id " + r["id"])
    for r in neg:
        need(idre["n"].match(r["id"]), "bad id " + r["id"])
    seen_vals = {}
    for r in pos + evs:
        t = r["text"]
        json.loads(json.dumps(r, ensure_ascii=False))
        t.encode("utf-8")
        need(MARK not in t and "\x00" not in t and "<<" not in t, "leftover marker in " + r["id"])
        need(r["secrets"], "no spans " + r["id"])
        need(r["type"] == r["secrets"][0]["type"], "type mismatch " + r["id"])
        last = -1
        for s in r["secrets"]:
            need(t[s["start"]:s["end"]] == s["value"], "slice mismatch " + r["id"])
            need(s["start"] >= last, "unsorted/overlap " + r["id"])
            last = s["end"]
            need(s["value"] == s["value"].strip() and s["value"], "edge whitespace " + r["id"])
        vals = [s["value"] for s in r["secrets"]]
        for v in set(vals):
            need(count_overlapping(t, v) == vals.count(v), "unlabelled occurrence in " + r["id"])
            need(v not in seen_vals or seen_vals[v] == r["id"], "value reused " + r["id"])
            seen_vals[v] = r["id"]
    # evasions
    need(set(ENC) == set(DEC) and len(ENC) == 22, "encoder/decoder sets differ")
    rng = random.Random(1)
    for name in sorted(ENC):
        phrase, run = ENC[name]("Hi7x", rng)
        need(DEC[name]("sent " + phrase + ":\n", run) == "Hi7x", "known-answer test failed " + name)
    plains = set()
    per = {}
    for r in evs:
        s = r["secrets"][0]
        need(len(r["secrets"]) == 1 and s["encoding"] == r["encoding"], "evasion shape " + r["id"])
        dec = DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        need(dec == s["plain"], "decode mismatch %s: %r != %r" % (r["id"], dec, s["plain"]))
        need(s["plain"] not in r["text"], "plain verbatim in " + r["id"])
        need(s["plain"] not in plains and s["plain"] not in seen_vals, "plain reused " + r["id"])
        plains.add(s["plain"])
        per[s["encoding"]] = per.get(s["encoding"], 0) + 1
    need(all(v == 3 for v in per.values()) and len(per) == 22, "3 per encoding")
    # negatives
    texts = [r["text"] for r in neg]
    need(len(texts) == len(set(texts)), "duplicate negative text")
    bad = [v for v in list(seen_vals) + list(plains) if len(v) >= 6]
    for r in neg:
        need("PRIVATE KEY" not in r["text"], "private key in negative")
        for v in bad:
            need(v not in r["text"], "positive value in negative " + r["id"])
    docs = gen_negatives.doc_values()
    for kind, (_, val, _) in docs.items():
        need(any(val in r["text"] for r in neg), "doc value missing " + kind)
        need(not any(val in r["text"] for r in pos + evs), "doc value in positive " + kind)
    # deny-list
    hits = denylist.check_names(own_names(), deny)
    need(not hits, "deny-list overlap: %r" % hits[:10])
    for code, name in langs:
        msg = denylist.check_language(code, name, deny)
        need(msg is None, "language %s: %s" % (code, msg))
    need(len({c for c, _ in langs}) == 40, "40 distinct languages")
    # counts
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    need(src.get("everyday") == 180, "everyday count")
    need(len({r["container"] for r in pos if r["source"] == "everyday"}) == 45, "45 kinds")
    need(100 <= src.get("vendor", 0) <= 140, "vendor count")
    need(90 <= src.get("password", 0) <= 120, "password count")
    need(src.get("prose") == 40, "prose count")
    need(len(evs) == 66, "evasion count")
    need(len(neg) >= 180 and len({r["class"] for r in neg}) == 16, "negatives")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    need(len(vt) == len(set(vt)) and len(pt) == len(set(pt)) and not set(vt) & set(pt), "type uniqueness")


def mutation_tests(pos, evs, neg, langs, deny):
    muts = []

    def m1(p, e, n):
        p[0]["secrets"][0]["start"] += 1
    muts.append(("shifted offset", m1))

    def m2(p, e, n):
        n[0]["text"] += " " + p[5]["secrets"][0]["value"]
    muts.append(("positive value in negative", m2))

    def m3(p, e, n):
        e[0]["secrets"][0]["plain"] = "WrongPlain12345678"
    muts.append(("wrong plain", m3))

    def m4(p, e, n):
        p[3]["text"] += "\n" + p[3]["secrets"][0]["value"]
    muts.append(("extra unlabelled occurrence", m4))

    def m5(p, e, n):
        n[2]["text"] += " " + e[4]["secrets"][0]["plain"]
    muts.append(("evasion plain in negative", m5))

    def m6(p, e, n):
        n[1]["text"] = n[0]["text"]
    muts.append(("duplicate negative", m6))

    def m7(p, e, n):
        e[2]["text"] += " " + e[2]["secrets"][0]["plain"]
    muts.append(("plain verbatim in its text", m7))

    for name, fn in muts:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        fn(p, e, n)
        try:
            check_all(p, e, n, langs, deny)
        except CheckError:
            continue
        raise SystemExit("mutation not caught: " + name)
    # deny-listed name must be caught
    hits = denylist.check_names(own_names() + ["gitlab_runner_job_trace"], deny)
    need(hits, "deny-list mutation not caught")
    need(denylist.check_language("fi", "Finnish", deny), "language mutation not caught")
    return len(muts) + 2


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    if "--freeze" in sys.argv:
        d = denylist.freeze()
        print("frozen", len(d["names"]), "names")
        return
    deny = denylist.load()
    a = generate()
    b = generate()
    A = [dumps(x) for x in a[:3]]
    B = [dumps(x) for x in b[:3]]
    need(A == B, "non-deterministic JSONL")
    pos, evs, neg, langs = a
    check_all(pos, evs, neg, langs, deny)
    nm = mutation_tests(pos, evs, neg, langs, deny)
    ra = readme.render(pos, evs, neg, langs, deny, own_names(), nm)
    rb = readme.render(*b, deny, own_names(), nm)
    need(ra == rb, "non-deterministic README")
    for fn, data in [("secrets.jsonl", A[0]), ("evasions.jsonl", A[1]), ("negatives.jsonl", A[2]),
                     ("README.md", ra)]:
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests caught" %
          (len(pos), len(evs), len(neg), nm))


if __name__ == "__main__":
    main()
