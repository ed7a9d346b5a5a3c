#!/usr/bin/env python3
"""Build corpus p110 (airline and airport operations). Standard library only, fixed seeds, no clock/network."""
import copy, json, os, re, sys, zlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common110 import *
import everyday110, vendor110, positional110, prose110, evasions110, negatives110, enc110, dec110, readme110

BRIEF = "/tmp/brief110"
DENY_PATH = os.path.join(HERE, "brief_names.json")


def load_deny():
    fresh = None
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
    if os.path.exists(DENY_PATH):
        frozen = json.load(open(DENY_PATH, encoding="utf-8"))
        if fresh is not None and fresh != frozen:
            raise SystemExit("deny-list differs from the frozen brief_names.json")
        return frozen
    if fresh is None:
        raise SystemExit("no brief and no frozen deny-list")
    with open(DENY_PATH, "w", encoding="utf-8") as fh:
        json.dump(fresh, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return fresh


def pick_languages(deny):
    names, langs, words = set(deny["names"]), set(deny["langs"]), set(deny["words"])
    used, excluded = [], []
    for code, c1, name, sent in prose110.candidates():
        why = None
        if code in names or code in langs:
            why = "ISO 639-3 code `%s` is deny-listed" % code
        elif c1 and (c1 in names or c1 in langs):
            why = "ISO 639-1 code `%s` is deny-listed" % c1
        else:
            for w in re.findall(r"[A-Za-z]+", name):
                if w.lower() in langs or w.lower() in words:
                    why = "name word `%s` occurs in the READMEs" % w
                    break
        if why:
            excluded.append((code, name, why))
        elif len(used) < 40:
            used.append((code, c1, name, sent))
    return used, excluded


def generate(deny):
    langs, excluded = pick_languages(deny)
    pos = everyday110.build() + vendor110.build() + positional110.build() + prose110.build(langs)
    for i, rec in enumerate(pos, 1):
        rec["id"] = "p110-s-%04d" % i
    ev = evasions110.build()
    rules = {}
    for i, rec in enumerate(ev, 1):
        rec["id"] = "p110-e-%04d" % i
        rules[rec["id"]] = rec.pop("_rule")
    neg = negatives110.build()
    for i, rec in enumerate(neg, 1):
        rec["id"] = "p110-n-%04d" % i
    order_s = ["id", "type", "container", "text", "secrets", "source"]
    order_e = ["id", "type", "container", "encoding", "text", "secrets", "source"]
    order_n = ["id", "class", "container", "text", "source"]
    pos = [{k: r[k] for k in order_s} for r in pos]
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in order_n} for r in neg]
    return pos, ev, neg, rules, langs, excluded


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n


def own_names():
    out = {}
    for k, _ in everyday110.C:
        out.setdefault("everyday container", set()).add(k)
    for t, _, _ in everyday110.TYPES:
        out.setdefault("everyday type", set()).add(t)
    for t, _, _ in vendor110.V:
        out.setdefault("vendor type", set()).add(t)
    for s, _ in vendor110.STYLES:
        out.setdefault("vendor style", set()).add(s)
    for t, _, _ in positional110.X:
        out.setdefault("password syntax", set()).add(t)
    out["password suffix"] = set(positional110.SUF.values())
    out["prose format"] = {f for f, _ in prose110.FORMATS} | {prose110.T}
    out["encoding"] = set(enc110.make_enc(None).keys())
    out["evasion wording"] = {w for w, _, _ in evasions110.WORDINGS}
    out["evasion type"] = {t for t, _, _ in evasions110.ETYPES}
    out["negative class"] = set(negatives110.K)
    out["negative base kind"] = {k for v in negatives110.K.values() for k, _ in v}
    out["negative wrapper"] = {w.strip("_") for w, _ in negatives110.WRAP if w}
    return out


def deny_hits(name, names):
    parts = [name.lower()] + [p for p in name.lower().split("__") if p]
    return [p for p in parts if p in names]


def check(pos, ev, neg, rules, langs, deny):
    errs = []
    names = set(deny["names"])
    ids = [r["id"] for r in pos + ev + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p110-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p110-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p110-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: errs.append("negative fields " + r["id"])
    all_values, plains = [], []
    for r in pos + ev:
        want = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != want: errs.append("fields " + r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for sp in r["secrets"]:
            v = sp["value"]
            if r["text"][sp["start"]:sp["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip(): errs.append("edge whitespace " + r["id"])
            if count_overlapping(r["text"], v) != 1: errs.append("occurrence count " + r["id"])
            all_values.append((r["id"], v))
            if r["source"] == "evasion":
                plains.append((r["id"], sp["plain"]))
    for r in pos + ev + neg:
        if SLOT in r["text"] or "\x00" in r["text"]: errs.append("slot/NUL " + r["id"])
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
    for rid, pl in plains:
        hits = [r["id"] for r in pos + ev + neg if pl in r["text"]]
        if hits: errs.append("plain of %s appears in %s" % (rid, hits[:3]))
    vals = [v for _, v in all_values] + [v for _, v in plains]
    if len(vals) != len(set(vals)): errs.append("value reused")
    texts = [(r["id"], r["text"]) for r in pos + ev + neg]
    big = "\x01".join(t for _, t in texts)
    for rid, v in all_values:
        if big.count(v) != 1:
            # find where
            others = [i for i, t in texts if v in t and i != rid]
            if others or big.count(v) > 1:
                errs.append("value %s of %s also in %s" % (v[:12], rid, others[:3]))
    # evasions
    for r in ev:
        sp = r["secrets"][0]
        try:
            d = dec110.decode(sp["encoding"], sp["value"])
        except Exception as e:
            d = None
        if d != sp["plain"]: errs.append("decode " + r["id"])
        if sp["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alphabet " + r["id"])
        rule = rules.get(r["id"], "\uffff")
        if r["text"].find(rule) < 0 or r["text"].find(rule) > sp["start"]: errs.append("rule before run " + r["id"])
        if sp["encoding"] != r["encoding"]: errs.append("encoding field " + r["id"])
    encs = {}
    for r in ev:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}: errs.append("encodings 22x3")
    # negatives
    if len({r["text"] for r in neg}) != len(neg): errs.append("duplicate negative text")
    if len({r["class"] for r in neg}) != 16: errs.append("16 classes")
    # checksums
    for r in pos:
        v = r["secrets"][0]["value"]
        if v.startswith("npm_") and not crc_ok(v, "npm_", 30): errs.append("npm crc " + r["id"])
        if v.startswith("glsa_") and format(zlib.crc32(v[5:37].encode()), "08x") != v[38:]: errs.append("glsa crc " + r["id"])
    # deny-list
    for cat, ns in own_names().items():
        for n in ns:
            h = deny_hits(n, names)
            if h: errs.append("deny-list %s %s: %s" % (cat, n, h))
    for r in pos + ev:
        for n in [r["container"], r["type"]] + [s["type"] for s in r["secrets"]] + ([r["encoding"]] if "encoding" in r else []):
            h = deny_hits(n, names)
            if h: errs.append("deny-list record %s %s: %s" % (r["id"], n, h))
    for r in neg:
        for n in (r["class"], r["container"]):
            h = deny_hits(n, names)
            if h: errs.append("deny-list record %s %s: %s" % (r["id"], n, h))
    dl = set(deny["langs"])
    for code, c1, name, _ in langs:
        if code in names or code in dl or (c1 and (c1 in names or c1 in dl)):
            errs.append("language " + code)
    # counts
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or not 100 <= src.get("vendor", 0) <= 140 or not 90 <= src.get("password", 0) <= 125 or src.get("prose") != 40:
        errs.append("counts %s" % src)
    if len({c for c, _, _, _ in langs}) != 40: errs.append("40 languages")
    kinds = [(r["source"], {s["type"] for s in r["secrets"]}) for r in pos]
    by = {}
    for s, ts in kinds:
        by.setdefault(s, set()).update(ts)
    ks = list(by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if by[ks[i]] & by[ks[j]]: errs.append("span types shared %s %s" % (ks[i], ks[j]))
    return errs


def mutations(pos, ev, neg, rules, langs, deny):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] = "x" + e[0]["secrets"][0]["plain"]
    def m4(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] = n[0]["text"]
    def m6(p, e, n): n[2]["text"] += "-----BEGIN RSA PRIVATE KEY-----"
    def m7(p, e, n): n[3]["container"] = "crockford_base32_symbols"
    def m8(p, e, n): p[4]["id"] = "p109-s-0005"
    def m9(p, e, n): p[200]["container"] = "farm_erp_odoo_conf_ini"
    def m10(p, e, n): p[9]["text"] += e[1]["secrets"][0]["plain"]
    def m11(p, e, n): e[2]["text"] = e[2]["text"].replace(rules[e[2]["id"]], "as shown")
    def m12(p, e, n): p[300]["container"] = "x__kitchen_chat_brainteaser"
    def m13(p, e, n):
        for r in p:
            v = r["secrets"][0]["value"]
            if v.startswith("npm_"):
                r["secrets"][0]["value"] = v[:-1] + ("A" if v[-1] != "A" else "B")
                r["text"] = r["text"][:r["secrets"][0]["start"]] + r["secrets"][0]["value"] + r["text"][r["secrets"][0]["end"]:]
    def m14(p, e, n): langs_bad.append(("isl", "is", "Icelandic", ""))
    caught = []
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        global langs_bad
        langs_bad = list(langs)
        m(p, e, n)
        errs = check(p, e, n, rules, langs_bad, deny)
        caught.append((m.__name__, bool(errs)))
    return caught


def main():
    deny = load_deny()
    a = generate(deny)
    b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y):
            raise SystemExit("non-deterministic")
    pos, ev, neg, rules, langs, excluded = a
    errs = check(pos, ev, neg, rules, langs, deny)
    if errs:
        print("\n".join(errs[:60]))
        raise SystemExit("%d check failures" % len(errs))
    muts = mutations(pos, ev, neg, rules, langs, deny)
    missed = [n for n, c in muts if not c]
    if missed:
        raise SystemExit("mutation tests not caught: %s" % missed)
    readme1 = readme110.render(pos, ev, neg, langs, excluded, deny, muts, rules)
    readme2 = readme110.render(*generate(deny)[:3], generate(deny)[4], excluded, deny, muts, rules)
    if readme1 != readme2:
        raise SystemExit("README non-deterministic")
    for fn, recs in (("secrets.jsonl", pos), ("evasions.jsonl", ev), ("negatives.jsonl", neg)):
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(dumps(recs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests caught" % (len(pos), len(ev), len(neg), len(muts)))


if __name__ == "__main__":
    main()
