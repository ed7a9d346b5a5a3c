#!/usr/bin/env python3
"""Build corpus p92 (API testing and HTTP-client users). Stdlib only, fixed seeds, no clock/network."""
import json, os, re, sys, copy, hashlib
import common92
from common92 import Registry, load_denylist, name_hits, gh_check
import gen_everyday92, gen_vendor92, gen_passwords92, gen_prose92, gen_evasions92, gen_negatives92, enc92, dec92
import readme92

OUT = os.path.dirname(os.path.abspath(__file__))


def generate(deny):
    reg = Registry()
    ev = gen_everyday92.build(reg)
    ve = gen_vendor92.build(reg)
    pw = gen_passwords92.build(reg)
    pr, chosen, excluded, unused = gen_prose92.build(reg, deny)
    es = gen_evasions92.build(reg)
    ng = gen_negatives92.build()
    pos = []
    for i, r in enumerate(ev + ve + pw + pr):
        pos.append(dict(id="p92-s-%04d" % (i + 1), type=r["type"], container=r["container"], text=r["text"],
                        secrets=r["secrets"], source=r["source"]))
    evs = []
    for i, r in enumerate(es):
        evs.append(dict(id="p92-e-%04d" % (i + 1), type=r["type"], container=r["container"], encoding=r["encoding"],
                        text=r["text"], secrets=r["secrets"], source="evasion"))
    neg = []
    for i, r in enumerate(ng):
        neg.append({"id": "p92-n-%04d" % (i + 1), "class": r["class_"], "container": r["container"], "text": r["text"],
                    "source": "negative"})
    meta = dict(chosen=chosen, excluded=excluded, unused=unused)
    return pos, evs, neg, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names():
    names = {}
    names["everyday container kind"] = list(gen_everyday92.KINDS)
    names["everyday span type"] = list(gen_everyday92.TYPES)
    names["vendor type"] = [t[0] for t in gen_vendor92.TYPES]
    names["vendor style"] = list(gen_vendor92.STYLES)
    names["password syntax"] = [s[0] for s in gen_passwords92.SYNTAX if s[0] not in gen_passwords92.DROP_PW]
    names["password suffix"] = list(gen_passwords92.SUFFIX.values())
    names["prose format"] = list(gen_prose92.FORMATS)
    names["prose span type"] = [gen_prose92.SPAN_TYPE]
    names["encoding"] = list(enc92.ENC)
    names["evasion wording"] = list(gen_evasions92.WORDINGS)
    names["negative class"] = list(gen_negatives92.BASES)
    names["negative base kind"] = [b for c in gen_negatives92.BASES.values() for b in c]
    names["negative wrapper"] = [w[0].strip("_") for w in gen_negatives92.WRAPPERS if w[0]]
    return names


def occ(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n


def check(pos, evs, neg, meta, deny):
    errs = []
    E = errs.append
    ids = [r["id"] for r in pos + evs + neg]
    if len(ids) != len(set(ids)):
        E("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p92-s-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in evs:
        if not re.fullmatch(r"p92-e-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p92-n-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in pos + evs + neg:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E("json round trip " + r["id"])
        if "\ue000" in r["text"] or "\x00" in r["text"] or "«" in r["text"]: E("slot marker left " + r["id"])
        if "PRIVATE KEY" in r["text"]: E("private key armour " + r["id"])
    values, plains = {}, {}
    for r in pos + evs:
        if r["type"] != r["secrets"][0]["type"]: E("record type != first span type " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: E("offset mismatch " + r["id"])
            if v != v.strip() or not v: E("edge whitespace " + r["id"])
            if occ(r["text"], v) != sum(1 for t in r["secrets"] if t["value"] == v): E("occurrence count " + r["id"])
            if v in values and values[v] != r["id"]: E("value reused " + r["id"])
            values[v] = r["id"]
            if "plain" in s:
                p = s["plain"]
                if p in plains: E("plain reused " + r["id"])
                plains[p] = r["id"]
                if p in r["text"]: E("plain verbatim in its text " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", p): E("plain alphabet " + r["id"])
                try:
                    if dec92.decode(s["encoding"], v) != p: E("decode mismatch " + r["id"])
                except Exception as ex:
                    E("decode error %s %s" % (r["id"], ex))
                rule = enc92.ENC[s["encoding"]][0]
                i = r["text"].find(rule)
                if i < 0 or i >= s["start"]: E("rule not before run " + r["id"])
                if r["encoding"] != s["encoding"]: E("encoding field " + r["id"])
            if v.startswith(("ghs_", "gho_")) and not gh_check(v): E("bad CRC " + r["id"])
    long_vals = [(v, i) for v, i in values.items() if len(v) >= 6] + list(plains.items())
    alltexts = [(r["id"], r["text"]) for r in pos + evs]
    for v, rid in long_vals:
        for oid, t in alltexts:
            if oid != rid and v in t: E("value of %s occurs in %s" % (rid, oid))
        for n in neg:
            if v in n["text"]: E("value of %s occurs in negative %s" % (rid, n["id"]))
    if len({n["text"] for n in neg}) != len(neg): E("duplicate negative texts")
    # deny-list
    names = own_names()
    for cat, lst in names.items():
        if len(lst) != len(set(lst)): E("duplicate own names in " + cat)
        for n in lst:
            hits = name_hits(n, deny)
            if hits: E("deny-list overlap (%s): %s %s" % (cat, n, hits))
    for r in pos + evs + neg:
        hits = name_hits(r["container"], deny)
        if hits: E("deny-listed container %s %s %s" % (r["id"], r["container"], hits))
        if "type" in r and name_hits(r["type"], deny): E("deny-listed type " + r["id"])
    for code3, code1, name, _ in meta["chosen"]:
        why = gen_prose92.language_rejection(code3, code1, name, deny)
        if why: E("deny-listed language %s (%s)" % (code3, why))
    langs = [c[0] for c in meta["chosen"]]
    if len(set(langs)) != 40: E("prose languages != 40")
    # category disjointness
    et, vt = set(names["everyday span type"]), set(names["vendor type"])
    pt = set(names["password syntax"])
    if et & vt or et & pt or vt & pt or gen_prose92.SPAN_TYPE in et | vt | pt: E("type sets overlap")
    # counts
    src = {}
    for r in pos: src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180: E("everyday count")
    if not 100 <= src.get("vendor", 0) <= 140: E("vendor count")
    if not 90 <= src.get("password", 0) <= 125: E("password count")
    if src.get("prose") != 40: E("prose count")
    if len(evs) != 66: E("evasion count")
    encs = {}
    for r in evs: encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}: E("encodings not 22 x 3")
    if len(neg) < 180 or len({n["class"] for n in neg}) != 16: E("negative counts")
    return errs


def mutation_tests(pos, evs, neg, meta, deny):
    muts = []
    def m(desc, fn):
        P, Ev, N, M = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg), copy.deepcopy(meta)
        fn(P, Ev, N, M)
        muts.append((desc, bool(check(P, Ev, N, M, deny))))
    m("shifted start", lambda P, Ev, N, M: P[3]["secrets"][0].__setitem__("start", P[3]["secrets"][0]["start"] + 1))
    m("positive value in a negative", lambda P, Ev, N, M: N[5].__setitem__("text", N[5]["text"] + " " + P[200]["secrets"][0]["value"]))
    m("wrong plain", lambda P, Ev, N, M: Ev[7]["secrets"][0].__setitem__("plain", Ev[7]["secrets"][0]["plain"] + "x"))
    m("extra occurrence", lambda P, Ev, N, M: P[9].__setitem__("text", P[9]["text"] + "\n" + P[9]["secrets"][0]["value"]))
    m("duplicate negative", lambda P, Ev, N, M: N.__setitem__(1, dict(N[0], id=N[1]["id"])))
    m("private-key armour", lambda P, Ev, N, M: N[2].__setitem__("text", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + N[2]["text"]))
    m("p91 encoding as a negative container", lambda P, Ev, N, M: N[3].__setitem__("container", "base45_rfc9285"))
    m("wrong id prefix", lambda P, Ev, N, M: P[0].__setitem__("id", "p91-s-0001"))
    m("deny-listed prose language", lambda P, Ev, N, M: M["chosen"].__setitem__(0, ("bre", "br", "Breton", "x {V}")))
    m("evasion plain leaked into a positive", lambda P, Ev, N, M: P[50].__setitem__("text", P[50]["text"] + " " + Ev[0]["secrets"][0]["plain"]))
    m("broken CRC tail", lambda P, Ev, N, M: [r for r in P if r["secrets"][0]["value"].startswith("ghs_")][0]["secrets"][0].__setitem__("value", "x"))
    m("p89 everyday container reused", lambda P, Ev, N, M: P[1].__setitem__("container", "bastion_shared_motd_notes"))
    return muts


def main():
    deny = load_denylist()
    a = generate(deny)
    b = generate(deny)
    ra = readme92.render(*a, deny, own_names())
    rb = readme92.render(*b, deny, own_names())
    files_a = [dumps(a[0]), dumps(a[1]), dumps(a[2]), ra]
    files_b = [dumps(b[0]), dumps(b[1]), dumps(b[2]), rb]
    if files_a != files_b:
        sys.exit("non-deterministic output")
    errs = check(*a, deny)
    if errs:
        print("\n".join(errs[:60]))
        sys.exit("%d check failures" % len(errs))
    muts = mutation_tests(*a, deny)
    bad = [d for d, caught in muts if not caught]
    if bad:
        sys.exit("mutation tests not caught: %s" % bad)
    for fn, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], files_a):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(a[0]), len(a[1]), len(a[2]), len(muts)))


if __name__ == "__main__":
    if "--freeze" in sys.argv:
        json.dump(common92.extract_denylist(), open(common92.FROZEN, "w"), indent=0, ensure_ascii=False)
        print("frozen"); sys.exit()
    main()
