#!/usr/bin/env python3
"""Build the p75 corpus: generate twice, compare, check, run mutation tests, then write."""
import copy, json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, common, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme75
from enc75 import ENC
from dec75 import DEC

NEW_NEG_CLASSES = ["public_app_identifier", "cloud_resource_identifier", "icp_beian_filing_number"]


def generate(deny):
    pool = common.Pool()
    pos = gen_everyday.build(pool)
    pos += gen_vendor.build(pool, len(pos) + 1)
    pos += gen_passwords.build(pool, len(pos) + 1)
    pos += gen_prose.build(pool, len(pos) + 1, deny)
    eva = gen_evasions.build(pool)
    neg = gen_negatives.build()
    return pos, eva, neg


def dumps(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)


def own_names():
    names = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES)
    names |= {t for t, _, _ in gen_vendor.VENDORS} | set(gen_vendor.STYLES)
    names |= {t for t, _, _ in gen_passwords.SYN} | {s for s, _ in gen_passwords.SUFFIX.values()}
    names |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(ENC) | set(gen_evasions.WORDINGS)
    for c in gen_negatives.BASE.values():
        names |= set(c)
    names |= set(gen_negatives.WRAP) | set(gen_negatives.DOC_TEXT) | set(NEW_NEG_CLASSES)
    return names


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def check(pos, eva, neg, deny, names=None):
    errs = []
    E = errs.append
    ids = [x["id"] for x in pos + eva + neg]
    if len(ids) != len(set(ids)):
        E("duplicate ids")
    for x in pos:
        if not re.fullmatch(r"p75-s-\d{4}", x["id"]):
            E("bad id " + x["id"])
    for x in eva:
        if not re.fullmatch(r"p75-e-\d{4}", x["id"]):
            E("bad id " + x["id"])
    for x in neg:
        if not re.fullmatch(r"p75-n-\d{4}", x["id"]):
            E("bad id " + x["id"])
    seen_vals = collections.Counter()
    for x in pos + eva:
        if json.loads(json.dumps(x, ensure_ascii=False)) != x:
            E("json round trip " + x["id"])
        t = x["text"]
        if "\ue000" in t or "\ue001" in t or "\0" in t:
            E("slot marker left " + x["id"])
        if x["type"] != x["secrets"][0]["type"]:
            E("type mismatch " + x["id"])
        labelled = collections.Counter(s["value"] for s in x["secrets"])
        for s in x["secrets"]:
            if t[s["start"]:s["end"]] != s["value"]:
                E("slice mismatch " + x["id"])
            if s["value"] != s["value"].strip():
                E("edge whitespace " + x["id"])
        for v, c in labelled.items():
            if count_overlapping(t, v) != c:
                E("occurrence count %s" % x["id"])
            seen_vals[v] += 1
    for v, c in seen_vals.items():
        if c > 1:
            E("value reused across records: " + v[:20])
    recs = pos + eva
    for x in recs:
        for s in x["secrets"]:
            if len(s["value"]) >= 6:
                for y in recs:
                    if y is not x and s["value"] in y["text"]:
                        E("value %s of %s also in %s" % (s["value"][:12], x["id"], y["id"]))
    posvals = {s["value"] for x in pos for s in x["secrets"]}
    plains = [x["secrets"][0]["plain"] for x in eva]
    encs = collections.Counter()
    for x in eva:
        s = x["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}:
            E("evasion span fields " + x["id"])
        if s["encoding"] != x["encoding"]:
            E("encoding field mismatch " + x["id"])
        encs[s["encoding"]] += 1
        try:
            dec = DEC[s["encoding"]](x["text"][:s["start"]], s["value"])
        except Exception as ex:  # noqa
            dec = None
        if dec != s["plain"]:
            E("decode mismatch " + x["id"])
        if s["plain"] in x["text"]:
            E("plain verbatim " + x["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            E("plain alphabet " + x["id"])
        if s["plain"] in posvals:
            E("plain equals positive value " + x["id"])
    if len(plains) != len(set(plains)):
        E("plain reused")
    if set(ENC) != set(DEC) or set(encs) != set(ENC) or len(ENC) != 22 or any(c != 3 for c in encs.values()):
        E("encoder/decoder sets or counts")
    # negatives
    texts = [x["text"] for x in neg]
    if len(texts) != len(set(texts)):
        E("duplicate negative text")
    long_vals = [v for v in posvals | set(plains) if len(v) >= 6]
    docvals, _ = gen_negatives.doc_values()
    for x in neg:
        t = x["text"]
        if "PRIVATE KEY" in t:
            E("private key in negative " + x["id"])
        for v in long_vals:
            if v in t:
                E("positive value in negative " + x["id"])
                break
    alltext_pe = "\n".join(x["text"] for x in pos + eva)
    negtext = "\n".join(texts)
    for k, v in docvals.items():
        if v not in negtext:
            E("doc value missing " + k)
        if v in alltext_pe:
            E("doc value in positives " + k)
    # deny list
    names = own_names() if names is None else names
    for n in names:
        for part in [n] + n.split("__"):
            if part.lower() in deny["names"]:
                E("deny-list overlap: " + part)
    for x in pos + eva + neg:
        for part in [x["container"]] + x["container"].split("__"):
            if part.lower() in deny["names"]:
                E("deny-listed container part %s in %s" % (part, x["id"]))
    for x in pos:
        if x["source"] == "prose":
            code = x["container"].split("__")[1]
            if code in deny["names"] or code in deny["languages"] or code in deny["words"]:
                E("deny-listed language " + code)
    # counts
    src = collections.Counter(x["source"] for x in pos)
    ev = [x for x in pos if x["source"] == "everyday"]
    if src["everyday"] != 180 or len({x["container"] for x in ev}) != 45:
        E("everyday counts")
    if not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 125:
        E("vendor/password counts")
    prose_codes = {x["container"].split("__")[1] for x in pos if x["source"] == "prose"}
    if src["prose"] != 40 or len(prose_codes) != 40:
        E("prose counts")
    if len(eva) != 66 or len(neg) < 180 or len({x["class"] for x in neg}) != 16:
        E("evasion/negative counts")
    vt = [x["type"] for x in pos if x["source"] == "vendor"]
    pt = [x["type"] for x in pos if x["source"] == "password"]
    et = {x["type"] for x in ev}
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        E("vendor/password types not unique or not disjoint")
    return errs


def mutations(pos, eva, neg, deny):
    M = []

    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[1]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += " " + p[5]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] = "wrongplain01"
    def m5(p, e, n): p[2]["text"] += "\n" + p[2]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] += e[3]["secrets"][0]["plain"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): e[4]["text"] += "\n" + e[4]["secrets"][0]["plain"]
    def m9(p, e, n): p[3]["container"] = p[3]["container"] + "__jcl_sysin_keyword_card"
    def m10(p, e, n): n[4]["container"] = "pms_interface_ifc_ini"
    def m11(p, e, n):
        s = e[5]["secrets"][0]
        s["value"] = s["value"][:-2]
        s["end"] -= 2
    def m12(p, e, n): n[5]["text"] += "\n-----BEGIN PRIVATE KEY-----"
    def m13(p, e, n):
        x = [r for r in p if r["source"] == "prose"][0]
        x["container"] = x["container"].split("__")[0] + "__fi"
    def m14(p, e, n):
        p[7]["text"] += " " + p[8]["secrets"][0]["value"]
    def m15(p, e, n): e[6]["secrets"][0]["encoding"] = "rot13"
    for f in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        f(p, e, n)
        errs = check(p, e, n, deny)
        M.append((f.__name__, bool(errs)))
    return M


def main():
    deny = denylist.load()
    a = generate(deny)
    b = generate(deny)
    ra = readme75.render(*a, deny)
    rb = readme75.render(*b, deny)
    if [dumps(x) for x in a] != [dumps(x) for x in b] or ra != rb:
        raise SystemExit("non-deterministic output")
    pos, eva, neg = a
    errs = check(pos, eva, neg, deny)
    if errs:
        print("\n".join(errs[:50]))
        raise SystemExit("checks failed: %d" % len(errs))
    mres = mutations(pos, eva, neg, deny)
    bad = [n for n, caught in mres if not caught]
    if bad:
        raise SystemExit("mutation tests not caught: %s" % bad)
    for name, recs in (("secrets.jsonl", pos), ("evasions.jsonl", eva), ("negatives.jsonl", neg)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(dumps(recs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(ra)
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(pos), len(eva), len(neg), len(mres)))


if __name__ == "__main__":
    main()
