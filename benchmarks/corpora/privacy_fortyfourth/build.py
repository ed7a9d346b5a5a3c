#!/usr/bin/env python3
"""Build the p44 held-out credential corpus. Python 3 stdlib only, deterministic."""
import copy, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, gen_decoders, readme
from common import MARK

NN = "44"


def generate(data):
    pos = gen_everyday.generate(4401) + gen_vendor.generate(4402) + gen_passwords.generate(4403) + gen_prose.generate(data, 4404)
    ev = gen_evasions.generate(4405)
    neg = gen_negatives.generate(4406)
    P, E, N = [], [], []
    for i, r in enumerate(pos, 1):
        P.append({"id": "p%s-s-%04d" % (NN, i), **r})
    for i, r in enumerate(ev, 1):
        E.append({"id": "p%s-e-%04d" % (NN, i), **r})
    for i, r in enumerate(neg, 1):
        N.append({"id": "p%s-n-%04d" % (NN, i), **r})
    return P, E, N


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1; i = text.find(v, i + 1)
    return n


def own_names():
    names = set(gen_everyday.CONTAINERS)
    for t, _, _ in gen_vendor.VENDORS:
        names.add(t)
    names |= set(gen_vendor.STYLES)
    for t, pres, _ in gen_passwords.SYNTAXES:
        names.add(t); names.add(pres)
    names |= set(gen_prose.FORMATS); names.add(gen_prose.SPAN_TYPE)
    names |= set(gen_encodings.ENC); names |= set(gen_evasions.WORDINGS); names |= set(gen_evasions.LAYOUTS)
    for cls, kinds in gen_negatives.BASE.items():
        names |= set(kinds)
    names |= {w.strip("_") for w in gen_negatives.WRAPPERS if w}
    names |= set(gen_negatives.doc_values()); names.add("media_asset_identifier")
    return names


def check(P, E, N, data):
    errs = []
    idre = {"s": re.compile(r"^p44-s-\d{4}$"), "e": re.compile(r"^p44-e-\d{4}$"), "n": re.compile(r"^p44-n-\d{4}$")}
    ids = [r["id"] for r in P + E + N]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for rows, k in ((P, "s"), (E, "e"), (N, "n")):
        for r in rows:
            if not idre[k].match(r["id"]):
                errs.append("bad id " + r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r:
                errs.append("json round trip " + r["id"])
    seen = {}
    for r in P + E:
        t = r["text"]
        if MARK in t or "\x00" in t or re.search(r"@[A-Za-z]@", t):
            errs.append("leftover marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]:
            errs.append("type mismatch " + r["id"])
        labelled = Counter()
        last = -1
        for s in r["secrets"]:
            if t[s["start"]:s["end"]] != s["value"]:
                errs.append("slice " + r["id"])
            if s["value"] != s["value"].strip():
                errs.append("edge whitespace " + r["id"])
            if s["start"] < last:
                errs.append("unsorted " + r["id"])
            last = s["start"]
            labelled[s["value"]] += 1
        for v, c in labelled.items():
            if count_overlapping(t, v) != c:
                errs.append("occurrence count %s %r" % (r["id"], v))
            if v in seen and seen[v] != r["id"]:
                errs.append("value reused %s %s" % (r["id"], seen[v]))
            seen[v] = r["id"]
    # evasions
    try:
        gen_decoders.self_test()
    except AssertionError as e:
        errs.append("decoder self-test " + str(e))
    if set(gen_encodings.ENC) != set(gen_decoders.DEC):
        errs.append("encoder/decoder sets differ")
    enc_count = Counter(r["encoding"] for r in E)
    if len(enc_count) != 22 or set(enc_count.values()) != {3}:
        errs.append("evasion counts")
    plains = set()
    for r in E:
        s = r["secrets"][0]
        before = r["text"][:s["start"]]
        try:
            got = gen_decoders.DEC[s["encoding"]](before, s["value"])
        except Exception as e:
            got = "<%s>" % e
        if got != s["plain"]:
            errs.append("decode %s" % r["id"])
        if s["plain"] in r["text"]:
            errs.append("plain verbatim " + r["id"])
        if s["plain"] in plains or s["plain"] in seen:
            errs.append("plain reused " + r["id"])
        plains.add(s["plain"])
        if s["encoding"] != r["encoding"]:
            errs.append("encoding field " + r["id"])
    # negatives
    texts = [r["text"] for r in N]
    if len(texts) != len(set(texts)):
        errs.append("duplicate negative text")
    forbidden = [v for v in list(seen) + list(plains) if len(v) >= 6]
    for r in N:
        if "PRIVATE KEY" in r["text"] or MARK in r["text"] or re.search(r"@[A-Za-z]@", r["text"]):
            errs.append("negative marker/private key " + r["id"])
        for v in forbidden:
            if v in r["text"]:
                errs.append("positive value in negative " + r["id"]); break
    docs = gen_negatives.doc_values()
    alltext_pos = "\n".join(r["text"] for r in P + E)
    for k, (v, _) in docs.items():
        if not any(v in t for t in texts):
            errs.append("doc value missing " + k)
        if v in alltext_pos:
            errs.append("doc value in positives " + k)
    # deny-list
    bad = denylist.overlaps(sorted(own_names() | {r["container"] for r in P + E + N}), data)
    if bad:
        errs.append("deny-list overlap: %s" % bad[:10])
    for code, eng, _ in gen_prose.languages(data)[0]:
        if not denylist.language_ok(code, eng, data):
            errs.append("language " + code)
    # counts
    src = Counter(r["source"] for r in P)
    if src["everyday"] != 180 or len({r["container"] for r in P if r["source"] == "everyday"}) != 45:
        errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 120:
        errs.append("vendor/password counts")
    if src["prose"] != 40 or len({r["container"].split("__")[1] for r in P if r["source"] == "prose"}) != 40:
        errs.append("prose counts")
    if len(E) != 66 or len(N) < 180 or len({r["class"] for r in N}) != 16:
        errs.append("evasion/negative counts")
    vt = [r["type"] for r in P if r["source"] == "vendor"]
    pt = [r["type"] for r in P if r["source"] == "password"]
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt):
        errs.append("vendor/password types not unique/disjoint")
    return errs


def mutations(P, E, N, data):
    caught = 0
    muts = []
    a = copy.deepcopy(P); a[0]["secrets"][0]["start"] += 1; a[0]["secrets"][0]["end"] += 1; muts.append(("offset", a, E, N))
    n = copy.deepcopy(N); n[3]["text"] += " " + P[10]["secrets"][0]["value"]; muts.append(("pos in neg", P, E, n))
    e = copy.deepcopy(E); e[5]["secrets"][0]["plain"] += "x"; muts.append(("wrong plain", P, e, N))
    a = copy.deepcopy(P); a[20]["text"] += "\n" + a[20]["secrets"][0]["value"]; muts.append(("extra occurrence", a, E, N))
    n = copy.deepcopy(N); n[9]["text"] += " " + E[2]["secrets"][0]["plain"]; muts.append(("plain in neg", P, E, n))
    n = copy.deepcopy(N); n[11]["text"] = n[12]["text"]; muts.append(("dup neg", P, E, n))
    a = copy.deepcopy(P); a[30]["container"] = "claims_desk_ticket_comment"; muts.append(("deny-listed container", a, E, N))
    e = copy.deepcopy(E); e[7]["text"] = e[7]["text"].replace(e[7]["secrets"][0]["value"], e[7]["secrets"][0]["value"] + " " + e[7]["secrets"][0]["plain"]); muts.append(("plain verbatim", P, e, N))
    for name, p, e_, n_ in muts:
        if check(p, e_, n_, data):
            caught += 1
        else:
            raise SystemExit("mutation not caught: " + name)
    return caught


def main():
    if "--freeze" in sys.argv:
        d = denylist.freeze(); print("frozen", len(d["names"]), len(d["languages"]), len(d["words"])); return
    data = denylist.load()
    P, E, N = generate(data)
    P2, E2, N2 = generate(data)
    out1 = (dumps(P), dumps(E), dumps(N), readme.render(P, E, N, data))
    out2 = (dumps(P2), dumps(E2), dumps(N2), readme.render(P2, E2, N2, data))
    if out1 != out2:
        raise SystemExit("non-deterministic output")
    errs = check(P, E, N, data)
    if errs:
        for x in errs[:50]:
            print("ERROR", x)
        raise SystemExit("%d check failures" % len(errs))
    m = mutations(P, E, N, data)
    for name, content in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], out1):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(content)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests caught" % (len(P), len(E), len(N), m))


if __name__ == "__main__":
    main()
