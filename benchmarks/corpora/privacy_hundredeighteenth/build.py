#!/usr/bin/env python3
"""Build corpus p118 (weather, climate and hydrology data developers). Python 3 stdlib only."""
import json, random, re, sys, os, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common118, everyday118, vendor118, positional118, prose118, evasions118, negatives118, dec118, enc118, readme118
OUT = os.path.dirname(os.path.abspath(__file__))
SEEDS = {"everyday": 11801, "vendor": 11802, "password": 11803, "prose": 11804, "evasion": 11805, "negative": 11806}
VENDOR_CAP, PW_CAP, LANG_N = 120, 100, 40

def fail(msg): raise SystemExit("CHECK FAILED: " + msg)

def select(deny, norm):
    names, langs, words = set(deny["names"]), set(deny["langs"]), set(deny["words"])
    info = {"vendor_dropped": [], "pw_dropped": [], "lang_dropped": []}
    g = common118.Gen(random.Random(0))
    vend_ok = []
    for t, k, mk in vendor118.VENDORS(g):
        if t.split("_")[0].lower() in words or t.lower() in names: info["vendor_dropped"].append(t)
        else: vend_ok.append(t)
    pw_ok = []
    for name, sig, tpl in positional118.SYN:
        if norm is not None and sig in norm: info["pw_dropped"].append((name, sig))
        elif ("wxpw_" + name) in names: info["pw_dropped"].append((name, "name"))
        else: pw_ok.append(name)
    lang_ok = []
    for c3, c1, nm, s in prose118.LANGS:
        bad = c3 in names or c3 in langs or (c1 and (c1 in names or c1 in langs or c1 in words)) or \
              any(w.lower() in langs or w.lower() in words for w in re.findall(r"[A-Za-z]+", nm))
        if bad: info["lang_dropped"].append(c3)
        else: lang_ok.append((c3, c1, nm, s))
    info["vend_ok"] = set(vend_ok[:VENDOR_CAP]); info["pw_ok"] = set(pw_ok[:PW_CAP]); info["langs"] = lang_ok[:LANG_N]
    info["vendor_spare"] = vend_ok[VENDOR_CAP:]; info["pw_spare"] = pw_ok[PW_CAP:]; info["lang_spare"] = [l[0] for l in lang_ok[LANG_N:]]
    return info

def generate(info):
    ev, ev_types, ev_kinds = everyday118.build(random.Random(SEEDS["everyday"]))
    vd, vd_types, vd_styles = vendor118.build(random.Random(SEEDS["vendor"]))
    vd = [r for r in vd if r["type"] in info["vend_ok"]]
    pw, syn, sufs = positional118.build(random.Random(SEEDS["password"]))
    pw = [r for r in pw if r["type"][5:] in info["pw_ok"]]
    pr, formats = prose118.build(random.Random(SEEDS["prose"]), info["langs"])
    es, es_types, es_words = evasions118.build(random.Random(SEEDS["evasion"]))
    ng, classes, bases, wraps = negatives118.build(random.Random(SEEDS["negative"]))
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos, 1): r["id"] = "p118-s-%04d" % i
    for i, r in enumerate(es, 1): r["id"] = "p118-e-%04d" % i
    for i, r in enumerate(ng, 1): r["id"] = "p118-n-%04d" % i
    meta = dict(ev_types=ev_types, ev_kinds=ev_kinds, vd_styles=vd_styles, sufs=sufs, formats=[f for f, _ in formats],
                es_types=es_types, es_words=es_words, classes=classes, bases=bases, wraps=wraps)
    return pos, es, ng, meta

def dump(rs): return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)

def check(pos, es, ng, deny, meta, info):
    names = set(deny["names"])
    POSF = {"id", "type", "container", "text", "secrets", "source"}
    allrec = pos + es
    seen_vals = set()
    for r in allrec:
        pre = "p118-e-" if r in es else "p118-s-"
        if not re.fullmatch(re.escape(pre) + r"\d{4}", r["id"]): fail("id " + r["id"])
        want = POSF | ({"encoding"} if r in es else set())
        if set(r) != want: fail("fields " + r["id"])
        if len(r["secrets"]) != 1: fail("spans " + r["id"])
        s = r["secrets"][0]
        if r["text"][s["start"]:s["end"]] != s["value"]: fail("offset " + r["id"])
        if s["value"] != s["value"].strip() or not s["value"]: fail("edge ws " + r["id"])
        if r["type"] != s["type"]: fail("type " + r["id"])
        if r["text"].count(s["value"]) != 1: fail("count " + r["id"])
        for bad in ("\ue000", "\ue001", "\x00", "PRIVATE KEY"):
            if bad in r["text"]: fail("marker " + r["id"])
        key = s.get("plain", s["value"])
        if s["value"] in seen_vals or key in seen_vals: fail("reuse " + r["id"])
        seen_vals.add(s["value"]); seen_vals.add(key)
    texts = [r["text"] for r in allrec]
    alltext = "\n\x01".join(texts)
    for r in allrec:
        s = r["secrets"][0]
        if alltext.count(s["value"]) != 1: fail("value elsewhere " + r["id"])
    for r in es:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"} or s["encoding"] != r["encoding"]: fail("ev span " + r["id"])
        if dec118.decode(r["encoding"], s["value"]) != s["plain"]: fail("decode " + r["id"])
        if enc118.RULES[r["encoding"]] not in r["text"][:s["start"]]: fail("rule " + r["id"])
        if s["plain"] in alltext: fail("plain leaked " + r["id"])
    from collections import Counter
    if set(Counter(r["encoding"] for r in es).values()) != {3} or len({r["encoding"] for r in es}) != 22: fail("enc counts")
    negtext = "\n\x01".join(n["text"] for n in ng)
    if len({n["text"] for n in ng}) != len(ng): fail("dup negative")
    for n in ng:
        if set(n) != {"id", "class", "container", "text", "source"} or n["source"] != "negative": fail("neg fields " + n["id"])
        if not re.fullmatch(r"p118-n-\d{4}", n["id"]): fail("neg id")
    for r in allrec:
        s = r["secrets"][0]
        if s["value"] in negtext or s.get("plain", s["value"]) in negtext: fail("value in negative " + r["id"])
    # deny-list
    own = set(meta["ev_types"] + meta["ev_kinds"] + meta["vd_styles"] + meta["sufs"] + meta["formats"] + meta["es_types"] +
              meta["es_words"] + meta["classes"] + meta["bases"] + meta["wraps"] + list(enc118.RULES) + [prose118.SPAN_TYPE])
    for r in allrec:
        own.add(r["type"]); own.add(r["container"])
        if "encoding" in r: own.add(r["encoding"])
    for n in ng: own.add(n["class"]); own.add(n["container"])
    for nm in own:
        for part in [nm] + nm.split("__"):
            if part.lower() in names: fail("deny-listed name " + part)
    for r in pos:
        if r["source"] == "vendor" and r["type"].split("_")[0] in set(deny["words"]): fail("vendor word " + r["type"])
    fam = {}
    for r in pos: fam.setdefault(r["source"], set()).add(r["type"])
    ks = list(fam)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if fam[ks[i]] & fam[ks[j]]: fail("families overlap")
    langs = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    if len(langs) != 40 or len(set(langs)) != 40: fail("prose languages")
    return True

def mutations(pos, es, ng, deny, meta, info):
    muts = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[3]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): n[1]["container"] = deny["names"][0]
    def m5(p, e, n): p[2]["id"] = "p113-s-0003"
    def m6(p, e, n): p[5]["text"] += p[5]["secrets"][0]["value"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): p[7]["text"] = p[7]["text"] + e[4]["secrets"][0]["plain"]
    def m9(p, e, n): p[9]["container"] = "shipops_ais_stream_api_key"
    def m10(p, e, n): e[6]["text"] = e[6]["text"].replace(enc118.RULES[e[6]["encoding"]], "in a secret way")
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(es), copy.deepcopy(ng)
        m(p, e, n)
        try:
            check(p, e, n, deny, meta, info)
        except SystemExit:
            muts.append(m.__name__); continue
        fail("mutation not caught: " + m.__name__)
    return muts

def main():
    deny, norm = common118.load_denylist()
    info = select(deny, norm)
    runs = []
    for _ in range(2):
        pos, es, ng, meta = generate(info)
        runs.append((dump(pos), dump(es), dump(ng)))
    if runs[0] != runs[1]: fail("non-deterministic")
    check(pos, es, ng, deny, meta, info)
    muts = mutations(pos, es, ng, deny, meta, info)
    readme = readme118.render(pos, es, ng, meta, info, deny, muts)
    if readme != readme118.render(pos, es, ng, meta, info, deny, muts): fail("readme nondeterministic")
    for name, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), runs[0]):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f: f.write(data)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f: f.write(readme)
    print("ok", len(pos), len(es), len(ng), "mutations caught:", len(muts))
    print("vendor dropped:", info["vendor_dropped"]); print("pw dropped:", info["pw_dropped"]); print("lang dropped:", info["lang_dropped"])
    from collections import Counter
    print(Counter(r["source"] for r in pos))

if __name__ == "__main__":
    main()
