"""Build p90: generate twice, compare bytes, check, then write JSONL + README."""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, dec90, enc90
from readme90 import readme

OUT = os.path.dirname(os.path.abspath(__file__))


def generate():
    names, langs = denylist.load()
    ev = gen_everyday.gen(); vd = gen_vendor.gen(); pw = gen_passwords.gen()
    pr, ok, excl = gen_prose.gen(deny_langs=langs, deny_names=names)
    pos = ev + vd + pw + pr
    for i, x in enumerate(pos):
        x["id"] = "p90-s-%04d" % (i + 1)
    eva = gen_evasions.gen()
    for i, x in enumerate(eva):
        x["id"] = "p90-e-%04d" % (i + 1)
    neg = gen_negatives.gen()
    for i, x in enumerate(neg):
        x["id"] = "p90-n-%04d" % (i + 1)
    order = lambda keys: lambda x: {k: x[k] for k in keys}
    pos = list(map(order(["id", "type", "container", "text", "secrets", "source"]), pos))
    eva = list(map(order(["id", "type", "container", "encoding", "text", "secrets", "source"]), eva))
    neg = list(map(order(["id", "class", "container", "text", "source"]), neg))
    return pos, eva, neg, ok, excl


def dump(rs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rs)


def own_names(pos, eva, neg):
    n = set()
    n |= set(gen_everyday.CONTAINERS) | set(gen_everyday.TYPES)
    n |= {t for t, _ in gen_vendor.V} | {s for s, _ in gen_vendor.STYLES}
    n |= {t for t, _, _ in gen_passwords.P} | set(gen_passwords.SUFFIX.values())
    n |= {f for f, _ in gen_prose.FORMATS} | {gen_prose.TYPE}
    n |= set(enc90.ENC) | set(gen_evasions.WORDINGS)
    n |= set(gen_negatives.BASES) | {k for v in gen_negatives.BASES.values() for k, _ in v}
    n |= {w for w in gen_negatives.WRAPS if w} | {gen_negatives.DOC_CLASS} | {k for k, _ in gen_negatives.DOCS}
    for x in pos + eva + neg:
        n.add(x["container"])
    return n


def check(pos, eva, neg, ok):
    names, langs = denylist.load()
    E = []
    def fail(m): E.append(m)
    ids = [x["id"] for x in pos + eva + neg]
    if len(ids) != len(set(ids)): fail("dup id")
    for x in pos: 
        if not re.fullmatch(r"p90-s-\d{4}", x["id"]): fail("id " + x["id"])
    for x in eva:
        if not re.fullmatch(r"p90-e-\d{4}", x["id"]): fail("id " + x["id"])
    for x in neg:
        if not re.fullmatch(r"p90-n-\d{4}", x["id"]): fail("id " + x["id"])
    vals = []
    for x in pos + eva:
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: fail("roundtrip")
        if x["type"] != x["secrets"][0]["type"]: fail("type " + x["id"])
        if "\ue000" in x["text"] or "\x00" in x["text"]: fail("marker " + x["id"])
        for s in x["secrets"]:
            if x["text"][s["start"]:s["end"]] != s["value"]: fail("offset " + x["id"])
            if s["value"] != s["value"].strip(): fail("ws " + x["id"])
            cnt = sum(1 for i in range(len(x["text"])) if x["text"].startswith(s["value"], i))
            if cnt != 1: fail("occurrence %s %d" % (x["id"], cnt))
            vals.append((x["id"], s["value"]))
            if "plain" in s:
                vals.append((x["id"], s["plain"]))
                if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: fail("fields " + x["id"])
                if dec90.decode(s["encoding"], s["value"]) != s["plain"]: fail("decode " + x["id"])
                if s["plain"] in x["text"]: fail("plain verbatim " + x["id"])
                if x["text"].find(enc90.RULE[s["encoding"]]) < 0 or x["text"].find(enc90.RULE[s["encoding"]]) > s["start"]: fail("rule " + x["id"])
    vv = [v for _, v in vals]
    if len(vv) != len(set(vv)): fail("reused value")
    alltexts = [(x["id"], x["text"]) for x in pos + eva + neg]
    big = "\n\x01".join(t for _, t in alltexts)
    for rid, v in vals:
        if len(v) >= 6:
            n_own = sum(1 for i, t in alltexts if i == rid and v in t)
            if big.count(v) != n_own and big.count(v) > 1: fail("value elsewhere " + rid)
    negtxt = "\n".join(x["text"] for x in neg)
    if len({x["text"] for x in neg}) != len(neg): fail("dup negative")
    if "PRIVATE KEY" in negtxt: fail("armour")
    for d in gen_negatives.doc_values():
        if d not in negtxt: fail("doc missing")
        if any(d in x["text"] for x in pos + eva): fail("doc in positive")
    # deny-list
    for n in own_names(pos, eva, neg):
        for part in [n] + n.split("__"):
            if part.lower() in names: fail("deny " + n + " / " + part)
    for code, name, _ in ok:
        if code in names or code in langs or name.lower() in langs: fail("lang " + code)
    # counts
    src = lambda s: [x for x in pos if x["source"] == s]
    if len(src("everyday")) != 180 or len({x["container"] for x in src("everyday")}) != 45: fail("everyday count")
    if not 100 <= len(src("vendor")) <= 140: fail("vendor count")
    if not 90 <= len(src("password")) <= 125: fail("password count")
    if len(src("prose")) != 40 or len({x["container"].split("__")[1] for x in src("prose")}) != 40: fail("prose count")
    if len(eva) != 66 or len({x["encoding"] for x in eva}) != 22: fail("evasion count")
    if len(neg) < 180 or len({x["class"] for x in neg}) != 16: fail("neg count")
    vt = [x["type"] for x in src("vendor")]; pt = [x["type"] for x in src("password")]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES): fail("type sets")
    return E


def mutations(pos, eva, neg, ok):
    ms = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): p[1]["text"] += " " + p[1]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] = n[0]["text"]
    def m6(p, e, n): p[2]["container"] = "rot47_printable_ascii"
    def m7(p, e, n): p[3]["id"] = "p84-s-0004"
    def m8(p, e, n): p[4]["text"] += " " + gen_negatives.SHA1_ABC
    def m9(p, e, n): n[2]["text"] += "-----BEGIN PRIVATE KEY-----"
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, ok): ms.append(m.__name__)
    return ms


def main():
    a = generate(); b = generate()
    A = [dump(a[0]), dump(a[1]), dump(a[2]), readme(*a)]
    B = [dump(b[0]), dump(b[1]), dump(b[2]), readme(*b)]
    if A != B: sys.exit("non-deterministic")
    errs = check(*a[:4])
    if errs: sys.exit("CHECK FAILED:\n" + "\n".join(errs[:40]))
    missed = mutations(*a[:4])
    if missed: sys.exit("mutations not caught: %s" % missed)
    for fn, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], A):
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write(data)
    print("ok", len(a[0]), len(a[1]), len(a[2]))


if __name__ == "__main__":
    main()
