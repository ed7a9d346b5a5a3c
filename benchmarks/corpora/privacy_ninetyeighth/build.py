#!/usr/bin/env python3
"""Build corpus p98 (bioinformatics and genomics pipelines). Standard library only, fixed seeds.
python3 build.py            generate twice, compare, check, mutation-test, then write
python3 build.py --freeze   (re)extract the deny-list from /tmp/brief98 into brief_names.json"""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common98, gen_everyday98, gen_vendor98, gen_passwords98, gen_prose98, gen_evasions98, gen_negatives98
import dec98, enc98, readme98

BRIEF = "/tmp/brief98"


class BuildError(Exception):
    pass


def brief_texts():
    return [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]


def denylist():
    dl = common98.load_denylist(HERE)
    if os.path.isdir(BRIEF):
        names, langs = common98.extract_denylist(brief_texts())
        if names != dl["names"] or langs != dl["langs"]:
            raise BuildError("frozen deny-list differs from /tmp/brief98")
    return dl


def generate(dl):
    pos = (gen_everyday98.generate() + gen_vendor98.generate() + gen_passwords98.generate()
           + gen_prose98.generate(dl["names"], dl["langs"]))
    ev = gen_evasions98.generate()
    neg = gen_negatives98.generate()
    for i, r in enumerate(pos):
        r["id"] = "p98-s-%04d" % (i + 1)
    for i, r in enumerate(ev):
        r["id"] = "p98-e-%04d" % (i + 1)
    for i, r in enumerate(neg):
        r["id"] = "p98-n-%04d" % (i + 1)
    order_p = ["id", "type", "container", "text", "secrets", "source"]
    order_e = ["id", "type", "container", "text", "encoding", "secrets", "source"]
    order_n = ["id", "class", "container", "text", "source"]
    pos = [{k: r[k] for k in order_p} for r in pos]
    rules = {r["id"]: r["_rule"] for r in ev}
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in order_n} for r in neg]
    return pos, ev, neg, rules


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names():
    """Every name this corpus introduces, by category."""
    n = {}
    n["everyday container kinds"] = [k for k, _ in gen_everyday98.KINDS]
    n["everyday span types"] = [t for t, _, _ in gen_everyday98.TYPES]
    n["vendor types"] = [t for t, _, _ in gen_vendor98.VENDORS]
    n["vendor styles"] = [s for s, _ in gen_vendor98.STYLES]
    n["password syntaxes"] = [s for s, _, _ in gen_passwords98.SYNTAXES]
    n["password suffixes"] = list(gen_passwords98.SUFFIX.values())
    n["prose formats"] = [f for f, _ in gen_prose98.FORMATS]
    n["prose span type"] = [gen_prose98.SPAN_TYPE]
    n["encodings"] = [e for e, _, _ in enc98.ENC]
    n["evasion wordings"] = [w for w, _ in gen_evasions98.WORDINGS]
    n["negative classes"] = [c for c, _ in gen_negatives98.CLASSES[:gen_negatives98.NEG_USE]]
    n["negative base kinds"] = [b for _, bs in gen_negatives98.CLASSES[:gen_negatives98.NEG_USE] for b, _ in bs]
    n["negative wrappers"] = [w.strip("_") for w, _ in gen_negatives98.WRAPPERS if w]
    return n


def check_deny(dl, pos, ev, neg):
    deny = set(dl["names"])
    hits = []
    def test(name, where):
        low = name.lower()
        for part in [low] + low.split("__"):
            if part and part in deny:
                hits.append((where, name, part))
    for cat, names in own_names().items():
        if len(set(names)) != len(names):
            raise BuildError("duplicate own names in " + cat)
        for x in names:
            test(x, cat)
    for r in pos + ev:
        test(r["container"], r["id"])
        for s in r["secrets"]:
            test(s["type"], r["id"])
        if "encoding" in r:
            test(r["encoding"], r["id"])
    for r in neg:
        test(r["container"], r["id"])
        test(r["class"], r["id"])
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in deny or code in dl["langs"]:
                hits.append((r["id"], code, "language"))
    if hits:
        raise BuildError("deny-list overlap: %r" % hits[:10])


def check(pos, ev, neg, rules, dl):
    idre = {"s": re.compile(r"^p98-s-\d{4}$"), "e": re.compile(r"^p98-e-\d{4}$"), "n": re.compile(r"^p98-n-\d{4}$")}
    ids = set()
    for grp, recs in (("s", pos), ("e", ev), ("n", neg)):
        for r in recs:
            if not idre[grp].match(r["id"]) or r["id"] in ids:
                raise BuildError("bad id " + r["id"])
            ids.add(r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r:
                raise BuildError("json round trip " + r["id"])
            if "\ue000" in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
                raise BuildError("forbidden content " + r["id"])
    for r in neg:
        if set(r) != {"id", "class", "container", "text", "source"} or r["source"] != "negative":
            raise BuildError("negative fields " + r["id"])
    if len({r["text"] for r in neg}) != len(neg):
        raise BuildError("duplicate negative text")
    values = {}
    for r in pos + ev:
        if set(r) - {"encoding"} != {"id", "type", "container", "text", "secrets", "source"}:
            raise BuildError("fields " + r["id"])
        if not r["secrets"] or r["type"] != r["secrets"][0]["type"]:
            raise BuildError("type " + r["id"])
        for s in r["secrets"]:
            v, t = s["value"], r["text"]
            if t[s["start"]:s["end"]] != v or v != v.strip() or not v:
                raise BuildError("offset " + r["id"])
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != sum(1 for x in r["secrets"] if x["value"] == v):
                raise BuildError("occurrence count " + r["id"])
            if v in values and values[v] != r["id"]:
                raise BuildError("value reused " + r["id"])
            values[v] = r["id"]
            if "plain" in s:
                if s["plain"] in values and values[s["plain"]] != r["id"]:
                    raise BuildError("plain reused " + r["id"])
                values[s["plain"]] = r["id"]
    alltexts = [(r["id"], r["text"]) for r in pos + ev + neg]
    for v, owner in values.items():
        if len(v) < 6:
            continue
        for rid, t in alltexts:
            if rid != owner and v in t:
                raise BuildError("value %s of %s leaks into %s" % (v[:12], owner, rid))
    # evasions
    used = {}
    for r in ev:
        s = r["secrets"][0]
        if dec98.decode(s["encoding"], s["value"]) != s["plain"]:
            raise BuildError("decode " + r["id"])
        if s["plain"] in r["text"]:
            raise BuildError("plain visible " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            raise BuildError("plain alphabet " + r["id"])
        rule = rules[r["id"]]
        ri = r["text"].find(rule)
        if ri < 0 or ri + len(rule) > s["start"]:
            raise BuildError("rule before run " + r["id"])
        if r["encoding"] != s["encoding"]:
            raise BuildError("encoding field " + r["id"])
        used[s["encoding"]] = used.get(s["encoding"], 0) + 1
    if len(used) != 22 or set(used.values()) != {3}:
        raise BuildError("encoding usage")
    # checksummed shapes
    for r in pos:
        for s in r["secrets"]:
            if s["value"][:4] in ("ghs_", "gho_") and not common98.gh_check(s["value"]):
                raise BuildError("checksum " + r["id"])
    # counts
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or not 100 <= src.get("vendor", 0) <= 140 or not 85 <= src.get("password", 0) <= 125 or src.get("prose") != 40:
        raise BuildError("counts %r" % src)
    if len({r["container"].split("__")[-1] for r in pos if r["source"] == "prose"}) != 40:
        raise BuildError("prose languages")
    if len(ev) != 66 or len(neg) < 180 or len({r["class"] for r in neg}) != 16:
        raise BuildError("evasion / negative counts")
    et = {s["type"] for r in pos if r["source"] == "everyday" for s in r["secrets"]}
    vt = {s["type"] for r in pos if r["source"] == "vendor" for s in r["secrets"]}
    pt = {s["type"] for r in pos if r["source"] == "password" for s in r["secrets"]}
    if et & vt or et & pt or vt & pt or gen_prose98.SPAN_TYPE in (et | vt | pt):
        raise BuildError("span type families overlap")
    check_deny(dl, pos, ev, neg)


def mutations(pos, ev, neg, rules, dl):
    def m1(p, e, n):
        p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n):
        n[0]["text"] += p[5]["secrets"][0]["value"]
    def m3(p, e, n):
        e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n):
        p[1]["text"] += " " + p[1]["secrets"][0]["value"]
    def m5(p, e, n):
        n[1]["text"] = n[0]["text"]
    def m6(p, e, n):
        n[2]["text"] += "-----BEGIN RSA PRIVATE KEY-----"
    def m7(p, e, n):
        n[3]["container"] = "base32hex_extended_hex_alphabet"
    def m8(p, e, n):
        p[2]["id"] = "p97-s-0003"
    def m9(p, e, n):
        p[3]["container"] = "livekit_server_yaml_top_level"
    def m10(p, e, n):
        p[7]["text"] += e[4]["secrets"][0]["plain"]
    def m11(p, e, n):
        r = e[6]
        rule = rules[r["id"]]
        cut = r["text"].find(rule)
        shift = len(rule)
        r["text"] = r["text"][:cut] + r["text"][cut + shift:]
        r["secrets"][0]["start"] -= shift
        r["secrets"][0]["end"] -= shift
    def m12(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__isl"
    def m13(p, e, n):
        for r in p:
            for s in r["secrets"]:
                if s["value"].startswith("ghs_"):
                    v = s["value"]
                    bad = v[:-1] + ("A" if v[-1] != "A" else "B")
                    r["text"] = r["text"][:s["start"]] + bad + r["text"][s["end"]:]
                    s["value"] = bad
                    return
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13]
    for m in ms:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        try:
            check(p, e, n, rules, dl)
        except BuildError:
            continue
        raise BuildError("mutation not caught: " + m.__name__)
    return len(ms)


def main():
    if "--freeze" in sys.argv:
        names, langs = common98.extract_denylist(brief_texts())
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump({"names": names, "langs": langs}, f, ensure_ascii=False, indent=0)
        print("froze", len(names), "names,", len(langs), "language entries")
        return
    dl = denylist()
    a = generate(dl)
    b = generate(dl)
    outs_a = [dumps(x) for x in a[:3]]
    outs_b = [dumps(x) for x in b[:3]]
    if outs_a != outs_b:
        raise BuildError("non-deterministic JSONL")
    pos, ev, neg, rules = a
    check(pos, ev, neg, rules, dl)
    nm = mutations(pos, ev, neg, rules, dl)
    info = {"dl": dl, "mutations": nm, "own": own_names()}
    ra = readme98.render(pos, ev, neg, info)
    rb = readme98.render(*b[:3], info)
    if ra != rb:
        raise BuildError("non-deterministic README")
    for name, data in (("secrets.jsonl", outs_a[0]), ("evasions.jsonl", outs_a[1]), ("negatives.jsonl", outs_a[2]), ("README.md", ra)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(data)
    print("wrote", len(pos), len(ev), len(neg), "; mutations caught:", nm)


if __name__ == "__main__":
    main()
