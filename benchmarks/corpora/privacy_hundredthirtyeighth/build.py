#!/usr/bin/env python3
"""p138 corpus builder: python3 build.py [outdir]. Standard library only, fixed seeds."""
import sys, os, json, copy, re, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common138 as C, everyday138, vendor138, positional138, prose138, evasions138, negatives138, dec138, enc138, readme138
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief138"
def load_deny():
    fz = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        d = C.extract_denylist([open(f, encoding="utf-8").read() for f in sorted(glob.glob(BRIEF + "/*.md"))])
        if os.path.exists(fz):
            assert json.load(open(fz, encoding="utf-8")) == d, "frozen deny-list differs from brief"
        else:
            json.dump(d, open(fz, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    return json.load(open(fz, encoding="utf-8"))
PW_CAP = 105
def generate(deny):
    u = C.Uniq()
    ev = everyday138.gen(u)
    vd, vdrop, vover = vendor138.gen(u, deny)
    pw, pdrop = positional138.gen(u, deny)
    pw_over = [p["type"] for p in pw[PW_CAP:]]; pw = pw[:PW_CAP]
    pr, ldrop = prose138.gen(u, deny)
    langs = [p.pop("_lang") for p in pr]
    ea = evasions138.gen(u)
    ng = negatives138.gen()
    pos = ev + vd + pw + pr
    for i, rec in enumerate(pos): rec["id"] = "p138-s-%04d" % (i + 1)
    for i, rec in enumerate(ea): rec["id"] = "p138-e-%04d" % (i + 1)
    for i, rec in enumerate(ng): rec["id"] = "p138-n-%04d" % (i + 1)
    order = lambda rec, keys: {k: rec[k] for k in keys}
    pos = [order(r, ["id", "type", "container", "text", "secrets", "source"]) for r in pos]
    ea = [order(r, ["id", "type", "container", "encoding", "text", "secrets", "source"]) for r in ea]
    ng = [order(r, ["id", "class", "container", "text", "source"]) for r in ng]
    meta = dict(vdrop=vdrop, vover=vover, pdrop=pdrop, pw_over=pw_over, ldrop=ldrop, langs=langs)
    return pos, ea, ng, meta
def dump(rows): return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
def check(pos, ea, ng, deny):
    names = set(deny["names"]); langs = set(deny["langs"])
    ids = [r["id"] for r in pos + ea + ng]; assert len(ids) == len(set(ids))
    for r in pos: assert re.fullmatch(r"p138-s-\d{4}", r["id"]), r["id"]
    for r in ea: assert re.fullmatch(r"p138-e-\d{4}", r["id"]), r["id"]
    for r in ng: assert re.fullmatch(r"p138-n-\d{4}", r["id"]), r["id"]
    vals = []
    for r in pos + ea:
        assert len(r["secrets"]) == 1 and r["type"] == r["secrets"][0]["type"]
        sp = r["secrets"][0]; v = sp["value"]
        exp = {"value", "start", "end", "type"} | ({"plain", "encoding"} if r["source"] == "evasion" else set())
        assert set(sp) == exp, r["id"]
        assert r["text"][sp["start"]:sp["end"]] == v and v == v.strip() and v, r["id"]
        assert r["text"].count(v) == 1, r["id"]
        assert "PRIVATE KEY" not in r["text"] and "\0" not in r["text"] and "{v}" not in r["text"], r["id"]
        vals.append(v)
        if r["source"] == "evasion":
            assert dec138.decode(r["encoding"], v) == sp["plain"], r["id"]
            assert sp["encoding"] == r["encoding"]
            assert re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"])
            rule = enc138.E[r["encoding"]][0]
            assert r["text"].find(rule) != -1 and r["text"].find(rule) < sp["start"], r["id"]
            assert r["text"][:sp["start"]].endswith(":\n"), r["id"]
        if r["source"] == "prose":
            t = r["text"]; assert t[sp["start"] - 1] == " " and t[sp["end"]] == " ", r["id"]
    plains = [r["secrets"][0]["plain"] for r in ea]
    allv = vals + plains; assert len(allv) == len(set(allv)), "reused value"
    alltexts = [r["text"] for r in pos + ea] + [r["text"] for r in ng]
    for r in pos + ea:
        v = r["secrets"][0]["value"]
        for o in pos + ea:
            if o is not r: assert v not in o["text"], (r["id"], o["id"])
        for n in ng: assert v not in n["text"], (r["id"], n["id"])
    for p in plains:
        for t in alltexts: assert p not in t, "plain leaked"
    # negatives
    assert len({n["text"] for n in ng}) == len(ng) and len(ng) >= 180
    assert len({n["class"] for n in ng}) == 16
    for n in ng: assert set(n) == {"id", "class", "container", "text", "source"}
    # deny-list
    for r in pos + ea:
        for nm in (r["container"], r["type"]): assert not C.denied(nm, names), ("deny", r["id"], nm)
        if "encoding" in r: assert not C.denied(r["encoding"], names), r["id"]
    for n in ng:
        for nm in (n["class"], n["container"]): assert not C.denied(nm, names), ("deny", n["id"], nm)
    pr = [r for r in pos if r["source"] == "prose"]
    codes = [r["container"].split("__")[1] for r in pr]
    assert len(set(codes)) == len(codes) == 40
    for c in codes: assert c not in langs and c not in names, c
    fam = {}
    for r in pos: fam.setdefault(r["source"], set()).add(r["type"])
    ks = list(fam)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)): assert not (fam[ks[i]] & fam[ks[j]])
    cnt = {s_: sum(1 for r in pos if r["source"] == s_) for s_ in fam}
    assert cnt["everyday"] == 180 and 110 <= cnt["vendor"] <= 120 and 95 <= cnt["password"] <= 110 and cnt["prose"] == 40, cnt
    assert len(ea) == 66 and len({r["encoding"] for r in ea}) == 22
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]; assert len(nonev) == len(set(nonev))
    return True
def mutations(pos, ea, ng, deny):
    def caught(f):
        P, E_, N = copy.deepcopy(pos), copy.deepcopy(ea), copy.deepcopy(ng); f(P, E_, N)
        try: check(P, E_, N, deny); return False
        except (AssertionError, KeyError, ValueError, IndexError, AttributeError, UnicodeDecodeError): return True
    def m1(P, E_, N): P[3]["secrets"][0]["start"] += 1
    def m2(P, E_, N): N[0]["text"] += P[200]["secrets"][0]["value"]
    def m3(P, E_, N): E_[5]["secrets"][0]["plain"] += "x"
    def m4(P, E_, N): N[1]["text"] = N[0]["text"]
    def m5(P, E_, N): P[7]["text"] += "-----BEGIN PRIVATE KEY-----"
    def m6(P, E_, N): P[0]["container"] = "ponsse_bridge_dotnet_appsettings_json"
    def m7(P, E_, N): E_[0]["encoding"] = "base58_bitcoin_alphabet"
    def m8(P, E_, N): P[0]["id"] = "p136-s-0001"
    def m9(P, E_, N): P[1]["text"] += " " + E_[2]["secrets"][0]["plain"]
    def m10(P, E_, N): N[3]["class"] = "lidar_tile_sha256_digests"
    def m11(P, E_, N):
        r = [x for x in P if x["source"] == "prose"][0]; r["container"] = r["container"].split("__")[0] + "__deu"
    def m12(P, E_, N):
        r = E_[4]; rule = enc138.E[r["encoding"]][0]; k = len(rule); r["text"] = r["text"].replace(rule, "as agreed"); sp = r["secrets"][0]
        d = len("as agreed") - k; sp["start"] += d; sp["end"] += d
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
    res = {m.__name__: caught(m) for m in ms}
    assert all(res.values()), res
    return list(res)
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny()
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]): assert dump(x) == dump(y), "nondeterministic"
    pos, ea, ng, meta = a
    check(pos, ea, ng, deny)
    ms = mutations(pos, ea, ng, deny)
    r1 = readme138.render(pos, ea, ng, meta, deny, ms); r2 = readme138.render(*generate(deny), deny, ms)
    assert r1 == r2
    for name, rows in (("secrets.jsonl", pos), ("evasions.jsonl", ea), ("negatives.jsonl", ng)):
        open(os.path.join(out, name), "wb").write(dump(rows))
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok", len(pos), len(ea), len(ng), {k: len(v) for k, v in meta.items()})
if __name__ == "__main__": main()
