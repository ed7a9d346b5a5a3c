#!/usr/bin/env python3
"""Build corpus p103 twice, compare bytes, check, then write JSONL + README."""
import copy, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common103, gen_everyday103, gen_vendor103, gen_passwords103, gen_prose103, gen_evasions103, gen_negatives103, enc103, dec103, readme103

SEEDS = dict(everyday=10301, vendor=10302, password=10303, prose=10304, evasion=10305, negative=10306)


def pick_languages(deny):
    names, codes, words = set(deny["names"]), set(deny["codes"]), set(deny["words"])
    ok, excluded = [], []
    for code, eng, sent in gen_prose103.candidates():
        bad = code in names or code in codes or code[:2] in names or code[:2] in codes \
            or any(w.lower() in words for w in re.findall(r"[A-Za-z]+", eng))
        (excluded if bad else ok).append((code, eng, sent))
    return ok[:40], ok[40:], excluded


def generate(deny):
    used = set()
    ev = gen_everyday103.generate(random.Random(SEEDS["everyday"]), used)
    ve = gen_vendor103.generate(random.Random(SEEDS["vendor"]), used)
    pw = gen_passwords103.generate(random.Random(SEEDS["password"]), used)
    langs, spare, excl = pick_languages(deny)
    pr = gen_prose103.generate(random.Random(SEEDS["prose"]), used, langs)
    secrets = ev + ve + pw + pr
    for i, r in enumerate(secrets, 1):
        r["id"] = f"p103-s-{i:04d}"
    evs = gen_evasions103.generate(random.Random(SEEDS["evasion"]), used)
    for i, r in enumerate(evs, 1):
        r["id"] = f"p103-e-{i:04d}"
    negs = gen_negatives103.generate(random.Random(SEEDS["negative"]))
    for i, r in enumerate(negs, 1):
        r["id"] = f"p103-n-{i:04d}"
    order_s = ["id", "type", "container", "text", "secrets", "source"]
    order_e = ["id", "type", "container", "encoding", "text", "secrets", "source"]
    order_n = ["id", "class", "container", "text", "source"]
    secrets = [{k: r[k] for k in order_s} for r in secrets]
    evs = [{k: r[k] for k in order_e} for r in evs]
    negs = [{k: r[k] for k in order_n} for r in negs]
    return {"secrets": secrets, "evasions": evs, "negatives": negs, "langs": langs, "spare": spare, "excluded": excl}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names():
    n = {}
    n["everyday_container"] = [c for c, _ in gen_everyday103.CONTAINERS]
    n["everyday_type"] = sorted({k for k in gen_everyday103._types(common103.Gen(random.Random(0), set()))})
    n["vendor_type"] = [t for t, _, _ in gen_vendor103.VENDORS]
    n["vendor_style"] = [s for s, _ in gen_vendor103.STYLES]
    n["password_syntax"] = [s for s, _ in gen_passwords103.SYNTAXES]
    n["password_suffix"] = gen_passwords103.SUFFIXES
    n["prose_format"] = [f for f, _ in gen_prose103.FORMATS] + ["stream_source_password_told_in_chat"]
    n["encoding"] = sorted(enc103.ENC)
    n["evasion_wording"] = [w for w, _ in gen_evasions103.WORDINGS]
    n["evasion_type"] = list(gen_evasions103.ETYPES)
    n["negative_class"] = sorted({r for r in gen_negatives103._k(common103.Gen(random.Random(0), set()))})
    n["negative_base"] = [b for v in gen_negatives103._k(common103.Gen(random.Random(0), set())).values() for b, _ in v]
    n["negative_wrap"] = [w.strip("_") for w in gen_negatives103.WRAPS if w]
    return n


def check(data, deny):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    ids = [r["id"] for r in S + E + N]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in S:
        if not re.fullmatch(r"p103-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in E:
        if not re.fullmatch(r"p103-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in N:
        if not re.fullmatch(r"p103-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: errs.append("neg fields " + r["id"])
    allvals, plains = [], []
    for r in S + E:
        t = r["text"]
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for sp in r["secrets"]:
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip(): errs.append("edge ws " + r["id"])
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != sum(1 for s2 in r["secrets"] if s2["value"] == v): errs.append("occurrence " + r["id"])
            allvals.append((r["id"], v))
            if "plain" in sp:
                plains.append((r["id"], sp["plain"]))
        if "\ue000" in t or "\x00" in t: errs.append("marker " + r["id"])
    for r in S + E + N:
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
    vs = [v for _, v in allvals] + [p for _, p in plains]
    if len(vs) != len(set(vs)): errs.append("reused value/plain")
    texts = {r["id"]: r["text"] for r in S + E}
    for rid, v in allvals + plains:
        if len(v) >= 6 or (rid, v) in plains:
            for oid, ot in texts.items():
                if oid != rid and v in ot: errs.append(f"value of {rid} in {oid}")
            for n in N:
                if v in n["text"]: errs.append(f"value of {rid} in negative {n['id']}")
    # evasions
    encs = {}
    for r in E:
        sp = r["secrets"][0]
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
        if sp["encoding"] != r["encoding"]: errs.append("enc field " + r["id"])
        if dec103.decode(r["encoding"], sp["value"]) != sp["plain"]: errs.append("decode " + r["id"])
        rule = enc103.ENC[r["encoding"]][0]
        pos = r["text"].find(rule)
        if pos < 0 or pos >= sp["start"]: errs.append("rule " + r["id"])
        if sp["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alphabet " + r["id"])
    if len(encs) != 22 or set(encs.values()) != {3}: errs.append("encoding counts")
    nt = [n["text"] for n in N]
    if len(nt) != len(set(nt)): errs.append("duplicate negative text")
    if len({n["class"] for n in N}) != 16: errs.append("negative classes")
    # deny-list
    on = own_names()
    for cat, names in on.items():
        if len(names) != len(set(names)): errs.append("dup own name in " + cat)
        for nm in names:
            h = common103.name_hits(nm, deny)
            if h: errs.append(f"deny-listed {cat}: {nm} {h}")
    for r in S + E:
        for nm in [r["container"], r["type"]] + [sp["type"] for sp in r["secrets"]] + ([r["encoding"]] if "encoding" in r else []):
            if common103.name_hits(nm, deny): errs.append(f"deny-listed record name {r['id']} {nm}")
    for r in N:
        for nm in [r["class"], r["container"]]:
            if common103.name_hits(nm, deny): errs.append(f"deny-listed record name {r['id']} {nm}")
    words, codes, names = set(deny["words"]), set(deny["codes"]), set(deny["names"])
    for code, eng, _ in data["langs"]:
        if code in names or code in codes or code[:2] in names or code[:2] in codes or any(w.lower() in words for w in re.findall(r"[A-Za-z]+", eng)):
            errs.append("deny-listed language " + code)
    if len(data["langs"]) != 40 or len({c for c, _, _ in data["langs"]}) != 40: errs.append("language count")
    ev_t = set(on["everyday_type"]); ve_t = set(on["vendor_type"]); pw_t = set(on["password_syntax"]); e_t = set(on["evasion_type"])
    if ev_t & ve_t or ev_t & pw_t or ve_t & pw_t or e_t & (ev_t | ve_t | pw_t) or "stream_source_password_told_in_chat" in ev_t | ve_t | pw_t | e_t:
        errs.append("span type sets overlap")
    src = {}
    for r in S: src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or not 100 <= src.get("vendor", 0) <= 140 or not 60 <= src.get("password", 0) <= 125 or src.get("prose") != 40:
        errs.append(f"counts {src}")
    if len(E) != 66 or len(N) < 180: errs.append("evasion/negative counts")
    return errs


def mutation_tests(data, deny):
    muts = []
    def m(desc, f):
        d = copy.deepcopy(data); f(d); muts.append((desc, d))
    m("shifted start", lambda d: d["secrets"][3]["secrets"][0].__setitem__("start", d["secrets"][3]["secrets"][0]["start"] + 1))
    m("positive value in negative", lambda d: d["negatives"][0].__setitem__("text", d["negatives"][0]["text"] + d["secrets"][10]["secrets"][0]["value"]))
    m("wrong plain", lambda d: d["evasions"][0]["secrets"][0].__setitem__("plain", "Wrong-plain-00"))
    m("extra occurrence", lambda d: d["secrets"][0].__setitem__("text", d["secrets"][0]["text"] + d["secrets"][0]["secrets"][0]["value"]))
    m("duplicate negative", lambda d: d["negatives"].append(dict(d["negatives"][0], id="p103-n-9999")))
    m("private key armour", lambda d: d["negatives"][1].__setitem__("text", "-----BEGIN RSA PRIVATE KEY-----"))
    m("old encoding name as negative container", lambda d: d["negatives"][2].__setitem__("container", "zlib_deflate_then_base64"))
    m("wrong id prefix", lambda d: d["secrets"][0].__setitem__("id", "p99-s-0001"))
    m("old everyday container reused", lambda d: d["secrets"][1].__setitem__("container", "coturn_turnserver_conf_dashed"))
    m("evasion plain leaked", lambda d: d["secrets"][5].__setitem__("text", d["secrets"][5]["text"] + " " + d["evasions"][4]["secrets"][0]["plain"]))
    m("rule text removed", lambda d: d["evasions"][7].__setitem__("text", d["evasions"][7]["text"].replace(enc103.ENC[d["evasions"][7]["encoding"]][0], "in some notation")))
    m("deny-listed language", lambda d: d["langs"].__setitem__(0, ("isl", "Icelandic", "x")))
    for desc, d in muts:
        if not check(d, deny):
            raise SystemExit("mutation not caught: " + desc)
    return len(muts)


def main():
    deny = common103.load_denylist(HERE)
    a, b = generate(deny), generate(deny)
    outs = []
    for d in (a, b):
        outs.append((dumps(d["secrets"]), dumps(d["evasions"]), dumps(d["negatives"])))
    if outs[0] != outs[1]:
        raise SystemExit("non-deterministic output")
    errs = check(a, deny)
    if errs:
        print("\n".join(errs[:60])); raise SystemExit(f"{len(errs)} check failures")
    nm = mutation_tests(a, deny)
    r1 = readme103.render(a, deny, nm, own_names())
    r2 = readme103.render(b, deny, nm, own_names())
    if r1 != r2:
        raise SystemExit("README not deterministic")
    bn = os.path.join(HERE, "brief_names.json")
    if not os.path.exists(bn):
        with open(bn, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=0)
    for name, s in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), outs[0]):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(s)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    print("ok", len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), "mutations", nm)


if __name__ == "__main__":
    main()
