"""Build corpus p113. python3 build.py -> checks, then writes secrets/evasions/negatives JSONL + README.md."""
import json, os, sys, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common113 import *
import everyday113, vendor113, positional113, prose113, evasions113, negatives113, enc113, dec113, readme113

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief113"


def generate():
    pos = everyday113.build() + vendor113.build() + positional113.build() + prose113.build()
    for i, r in enumerate(pos, 1):
        r["id"] = "p113-s-%04d" % i
    ev = evasions113.build()
    for i, r in enumerate(ev, 1):
        r["id"] = "p113-e-%04d" % i
    neg = negatives113.build()
    for i, r in enumerate(neg, 1):
        r["id"] = "p113-n-%04d" % i
    return pos, ev, neg


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def load_deny():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = extract_denylist(texts)
        d["_normtext"] = norm("\n".join(texts))
        if os.path.exists(path):
            assert json.load(open(path, encoding="utf-8")) == d, "deny-list changed"
        return d, path
    return json.load(open(path, encoding="utf-8")), None


def own_names():
    n = set()
    n.update(k for k, _ in everyday113.CONTAINERS)
    n.update(t for t, _, _ in everyday113.TYPES)
    n.update(t for t, _, _ in vendor113.V)
    n.update(s for s, _ in vendor113.STYLES)
    n.update(t for t, _, _ in positional113.P)
    n.update(positional113.SUFFIXES)
    n.update(f for f, _ in prose113.FORMATS)
    n.add(prose113.SPAN_TYPE)
    n.update(enc113.RULES)
    n.update(evasions113.TYPES + evasions113.WORDINGS)
    for c, kinds in negatives113.CLASSES:
        n.add(c)
        n.update(k for k, _ in kinds)
    n.update(w for w in negatives113.WRAPS if w)
    return n


def check(pos, ev, neg, deny):
    errs = []
    dn = set(deny["names"])
    # deny-list overlap: own names and every record's container / class / encoding / span type, whole and __ parts
    names = own_names()
    for r in pos + ev:
        names.add(r["container"]); names.add(r["type"])
        for s in r["secrets"]:
            names.add(s["type"])
        if "encoding" in r:
            names.add(r["encoding"])
    for r in neg:
        names.add(r["class"]); names.add(r["container"])
    for nm in names:
        for part in [nm] + nm.split("__"):
            if part.lower() in dn:
                errs.append("deny-list overlap: %s (%s)" % (nm, part))
    # languages
    langs, words = set(deny["langs"]), set(deny["words"])
    for code, c1, name, _ in prose113.L:
        if code in dn or code in langs or c1 in dn or c1 in langs:
            errs.append("language code reused: " + code)
        for w in re.findall(r"[A-Za-zÀ-ÿ]+", name):
            if w.lower() in langs or w.lower() in words:
                errs.append("language name word in READMEs: %s (%s)" % (name, w))
    # vendor first word and positional signatures must be new
    nt = deny["_normtext"]
    for t, _, _ in vendor113.V:
        v = t.split("_")[0]
        if v in words:
            errs.append("vendor named in READMEs: " + t)
    for t, sig, _ in positional113.P:
        if norm(sig) in nt:
            errs.append("password syntax signature in READMEs: %s (%s)" % (t, sig))
    # schema and offsets
    seen_ids = set()
    allvals = []
    for r in pos + ev:
        keys = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != keys: errs.append("fields " + r["id"])
        if r["id"] in seen_ids: errs.append("dup id " + r["id"])
        seen_ids.add(r["id"])
        if len(r["secrets"]) != 1: errs.append("spans " + r["id"])
        for s in r["secrets"]:
            if r["text"][s["start"]:s["end"]] != s["value"]: errs.append("offset " + r["id"])
            if s["value"] != s["value"].strip(): errs.append("edge ws " + r["id"])
            if r["text"].count(s["value"]) != 1: errs.append("occurrence " + r["id"])
            if s["type"] != r["type"]: errs.append("type " + r["id"])
            allvals.append((s["value"], r["id"]))
        if SLOT in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]: errs.append("marker " + r["id"])
    for r in neg:
        if set(r) != {"id", "class", "container", "text", "source"}: errs.append("neg fields " + r["id"])
    pid = re.compile(r"^p113-[sen]-\d{4}$")
    for r in pos + ev + neg:
        if not pid.match(r["id"]): errs.append("id " + r["id"])
    vals = [v for v, _ in allvals]
    if len(set(vals)) != len(vals): errs.append("reused value")
    plains = [r["secrets"][0]["plain"] for r in ev]
    if len(set(plains)) != len(plains) or set(plains) & set(vals): errs.append("reused plain")
    texts = [(r["id"], r["text"]) for r in pos + ev] + [(r["id"], r["text"]) for r in neg]
    for v, rid in allvals:
        for tid, t in texts:
            if tid != rid and v in t: errs.append("value %s of %s in %s" % (v[:12], rid, tid))
    for p in plains:
        for tid, t in texts:
            if p in t: errs.append("plain in text " + tid)
    # evasions
    for r in ev:
        s = r["secrets"][0]
        if dec113.decode(s["encoding"], s["value"]) != s["plain"]: errs.append("decode " + r["id"])
        rule = enc113.RULES[r["encoding"]]
        if r["text"].find(rule) < 0 or r["text"].find(rule) > s["start"]: errs.append("rule " + r["id"])
    # negatives
    nt_ = [r["text"] for r in neg]
    if len(set(nt_)) != len(nt_): errs.append("dup negative text")
    # type families disjoint
    fam = collections.defaultdict(set)
    for r in pos:
        fam[r["source"]].add(r["type"])
    fs = list(fam.values())
    for i in range(len(fs)):
        for j in range(i + 1, len(fs)):
            if fs[i] & fs[j]: errs.append("type families overlap")
    return errs


def main():
    deny, path = load_deny()
    a = generate(); b = generate()
    da = [dump(x) for x in a]; db = [dump(x) for x in b]
    assert da == db, "non-deterministic"
    pos, ev, neg = a
    errs = check(pos, ev, neg, deny)
    # mutation tests: each must be caught
    import copy
    muts = []
    m = copy.deepcopy(a); m[0][0]["secrets"][0]["start"] += 1; muts.append(m)
    m = copy.deepcopy(a); m[2][0]["text"] += m[0][5]["secrets"][0]["value"]; muts.append(m)
    m = copy.deepcopy(a); m[1][0]["secrets"][0]["plain"] += "x"; muts.append(m)
    m = copy.deepcopy(a); m[2][0]["container"] = "ansible_vault_encrypted_block"; muts.append(m)
    m = copy.deepcopy(a); m[0][3]["id"] = "p110-s-0004"; muts.append(m)
    for mi, mm in enumerate(muts):
        if not check(*mm, deny):
            errs.append("mutation %d not caught" % mi)
    if errs:
        print("\n".join(errs[:60])); print(len(errs), "errors"); sys.exit(1)
    if path and not os.path.exists(path):
        json.dump(deny, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    r1 = readme113.render(pos, ev, neg, deny); r2 = readme113.render(*generate(), deny)
    assert r1 == r2
    for fn, d in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], da):
        open(os.path.join(HERE, fn), "w", encoding="utf-8").write(d)
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok", len(pos), len(ev), len(neg))


if __name__ == "__main__":
    main()
