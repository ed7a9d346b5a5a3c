"""Build privacy_fortysecond (p42). python3 build.py [--freeze]. Stdlib only, deterministic."""
import copy, json, os, re, sys
import denylist, common
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_decoders import DEC, KAT
from gen_encodings import ENC

HERE = os.path.dirname(os.path.abspath(__file__))


def generate(data):
    pool = common.Pool()
    idx = [1]
    ev = gen_everyday.build(pool, idx)
    ve = gen_vendor.build(pool, idx)
    pw = gen_passwords.build(pool, idx)
    pr, langs, dropped = gen_prose.build(pool, idx, data)
    eidx = [1]
    evs, layouts = gen_evasions.build(pool, eidx)
    negs, dvals = gen_negatives.build([1])
    pos = ev + ve + pw + pr
    meta = {"langs": langs, "dropped": dropped, "layouts": layouts, "dvals": dvals}
    return pos, evs, negs, meta


def occ(text, v):
    return len(re.findall("(?=" + re.escape(v) + ")", text))


def check(pos, evs, negs, meta, data):
    errs = []
    ids = set()
    for r in pos + evs + negs:
        if r["id"] in ids: errs.append("dup id " + r["id"])
        ids.add(r["id"])
        pfx = {"everyday": "s", "vendor": "s", "password": "s", "prose": "s", "evasion": "e", "negative": "n"}[r["source"]]
        if not re.fullmatch(r"p42-%s-\d{4}" % pfx, r["id"]): errs.append("bad id " + r["id"])
        if common.MARK in r["text"] or "\0" in r["text"] or re.search(r"\{[A-Za-z0-9]\}", r["text"]): errs.append("marker left " + r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
    seen = {}
    for r in pos + evs:
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: errs.append("slice " + r["id"])
            if v != v.strip(): errs.append("ws " + r["id"])
            if occ(r["text"], v) != sum(1 for t in r["secrets"] if t["value"] == v): errs.append("occ " + r["id"])
            if v in seen and seen[v] != r["id"]: errs.append("reuse " + r["id"])
            seen[v] = r["id"]
    # evasions
    for n, (b, e) in KAT.items():
        if DEC[n](b, e) != "Hi7": errs.append("KAT " + n)
    if set(ENC) != set(DEC) or len(ENC) != 22: errs.append("enc/dec sets")
    posvals = {s["value"] for r in pos for s in r["secrets"]}
    plains = set()
    for r in evs:
        s = r["secrets"][0]
        before = r["text"][:s["start"]]
        try:
            got = DEC[s["encoding"]](before, s["value"])
        except Exception as ex:
            got = "ERR %r" % ex
        if got != s["plain"]: errs.append("decode %s %r" % (r["id"], got))
        if s["plain"] in r["text"] or s["plain"] in posvals or s["plain"] in plains: errs.append("plain " + r["id"])
        plains.add(s["plain"])
    for e in ENC:
        if sum(1 for r in evs if r["encoding"] == e) != 3: errs.append("enc count " + e)
    # negatives
    texts = set()
    bad = [v for v in posvals | plains | {r["secrets"][0]["value"] for r in evs} if len(v) >= 6]
    for r in negs:
        if r["text"] in texts: errs.append("dup neg " + r["id"])
        texts.add(r["text"])
        if "PRIVATE KEY" in r["text"]: errs.append("pk " + r["id"])
        for v in bad:
            if v in r["text"]: errs.append("leak %s" % r["id"]); break
    for dv in meta["dvals"]:
        if not any(dv in r["text"] for r in negs): errs.append("doc missing")
        if any(dv in r["text"] for r in pos + evs): errs.append("doc in positives")
    # deny-list
    own = set(gen_everyday.KINDS) | {s for s, _ in gen_vendor.STYLES} | {v[0] for v in gen_vendor.VENDORS}
    own |= {s[0] for s in gen_passwords.SYN} | set(gen_passwords.SUFFIX.values()) | {f for f, _ in gen_prose.FORMATS}
    own |= {gen_prose.TYPE} | set(ENC) | {w for w, _ in gen_evasions.WORDINGS} | set(gen_evasions.LAYOUTS)
    own |= {k for c in gen_negatives.BASE.values() for k in c} | {s.strip("_") for s, _ in gen_negatives.WRAPS if s}
    own |= {r["container"] for r in negs if r["class"] == "vendor_documentation_value"} | {"device_hardware_identifier"}
    for r in pos + evs + negs:
        own.add(r["container"])
    ov = denylist.overlaps(sorted(own), data)
    if ov: errs.append("deny-list overlap %s" % ov[:10])
    for code, name, _ in meta["langs"]:
        if not denylist.language_ok(code, name, data): errs.append("lang " + code)
    # counts
    src = lambda s: [r for r in pos if r["source"] == s]
    if len(src("everyday")) != 180 or len({r["container"] for r in src("everyday")}) != 45: errs.append("everyday count")
    if not 100 <= len(src("vendor")) <= 140: errs.append("vendor count")
    if not 90 <= len(src("password")) <= 120: errs.append("password count")
    if len(src("prose")) != 40 or len(meta["langs"]) != 40: errs.append("prose count")
    if len(evs) != 66 or len(negs) < 180 or len({r["class"] for r in negs}) != 16: errs.append("evasion/negative count")
    if len({r["type"] for r in src("vendor")}) != len(src("vendor")): errs.append("vendor types unique")
    if len({r["type"] for r in src("password")}) != len(src("password")): errs.append("password types unique")
    if {r["type"] for r in src("vendor")} & {r["type"] for r in src("password")}: errs.append("vendor/password overlap")
    return errs, own


def mutations(pos, evs, negs, meta, data):
    caught = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] += e[2]["secrets"][0]["plain"]
    def m6(p, e, n): n[2]["text"] = n[3]["text"]
    def m7(p, e, n): p[0]["container"] = "tmux_capture_pane_dump"
    for m in (m1, m2, m3, m4, m5, m6, m7):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        m(p, e, n)
        errs, _ = check(p, e, n, meta, data)
        caught.append(bool(errs))
    return caught


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    if "--freeze" in sys.argv:
        denylist.freeze()
    data = denylist.load()
    outs = []
    for _ in range(2):
        pos, evs, negs, meta = generate(data)
        errs, own = check(pos, evs, negs, meta, data)
        outs.append((dump(pos), dump(evs), dump(negs), readme.render(pos, evs, negs, meta, data, len(own))))
    if errs:
        print("\n".join(errs[:40])); sys.exit(1)
    if outs[0] != outs[1]:
        sys.exit("non-deterministic")
    caught = mutations(pos, evs, negs, meta, data)
    if not all(caught):
        sys.exit("mutation test not caught: %s" % caught)
    for name, body in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], outs[0]):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(body)
    print("ok", len(pos), len(evs), len(negs), "own names", len(own))


if __name__ == "__main__":
    main()
