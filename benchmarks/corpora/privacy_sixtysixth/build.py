"""Build the p66 corpus: generate twice, check everything, run mutation tests, then write."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from gen_encodings import enc
from gen_decoders import DEC

HERE = os.path.dirname(os.path.abspath(__file__))
PLAIN_RE = re.compile(r"[A-Za-z0-9_.-]+")


def generate():
    frozen = denylist.load()
    pos = gen_everyday.generate()
    pos += gen_vendor.generate(start=len(pos) + 1)
    pos += gen_passwords.generate(start=len(pos) + 1)
    pos += gen_prose.generate(frozen, start=len(pos) + 1)
    taken = set(s["value"] for r in pos for s in r["secrets"])
    ev = gen_evasions.generate(taken)
    neg = gen_negatives.generate()
    return pos, ev, neg


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n


def own_names(pos, ev, neg):
    names = set(gen_everyday.CONTAINERS) | set(gen_everyday.NEW_TYPES)
    names |= {v[0] for v in gen_vendor.VENDORS} | set(gen_vendor.STYLES)
    names |= {s[0] for s in gen_passwords.SYNTAXES} | set(gen_passwords.SUFFIX.values())
    names |= {f for f, _ in gen_prose.FORMATS} | {gen_prose.SPAN_TYPE}
    names |= set(enc) | set(gen_evasions.WORDINGS)
    names |= {k for ks in gen_negatives.CLASSES.values() for k, _ in ks} | set(gen_negatives.WRAPPERS)
    names |= {d[0] for d in gen_negatives.DOCS} | {"media_content_identifier", "newswire_item_guid"}
    names |= {r["container"] for r in pos + ev + neg}
    return names


def check(pos, ev, neg, frozen):
    errs = []
    E = errs.append
    allrec = pos + ev + neg
    ids = [r["id"] for r in allrec]
    if len(set(ids)) != len(ids):
        E("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p66-s-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p66-e-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p66-n-\d{4}", r["id"]): E("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: E("neg fields " + r["id"])
    for r in allrec:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E("json roundtrip " + r["id"])
    values = []
    for r in pos + ev:
        sp = r["secrets"]
        if not sp or r["type"] != sp[0]["type"]: E("type mismatch " + r["id"])
        if "\ue000" in r["text"] or "\x00" in r["text"] or "<<" in r["text"] and ">>" in r["text"] and "<<V>>" in r["text"]:
            E("marker left " + r["id"])
        last = -1
        for s in sp:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: E("slice " + r["id"])
            if v != v.strip() or not v: E("edge whitespace " + r["id"])
            if s["start"] < last: E("unsorted " + r["id"])
            last = s["start"]
            labelled = sum(1 for x in sp if x["value"] == v)
            if count_overlapping(r["text"], v) != labelled: E("occurrence count %s %r" % (r["id"], v))
            values.append(v)
    if len(set(values)) != len(values): E("value reused across records")
    pool = values + [r["secrets"][0]["plain"] for r in ev]
    longv = sorted(set(v for v in pool if len(v) >= 6), key=len)
    for i, a in enumerate(longv):
        for b in longv[i + 1:]:
            if a in b: E("substring in pool %r %r" % (a, b))
    # evasions
    posvals = set(s["value"] for r in pos for s in r["secrets"])
    plains = [r["secrets"][0]["plain"] for r in ev]
    if len(set(plains)) != len(plains): E("plain reused")
    if set(enc) != set(DEC) or len(enc) != 22: E("encoder/decoder sets")
    for name in enc:
        if sum(1 for r in ev if r["encoding"] == name) != 3: E("3 per encoding " + name)
    for r in ev:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: E("span fields " + r["id"])
        if s["encoding"] != r["encoding"]: E("encoding field " + r["id"])
        try:
            got = DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as ex:
            got = "<error %s>" % ex
        if got != s["plain"]: E("decode %s %r != %r" % (r["id"], got, s["plain"]))
        if s["plain"] in r["text"]: E("plain verbatim " + r["id"])
        if s["plain"] in posvals: E("plain is positive value " + r["id"])
        if not PLAIN_RE.fullmatch(s["plain"]): E("plain alphabet " + r["id"])
    # negatives
    texts = [r["text"] for r in neg]
    if len(set(texts)) != len(texts): E("duplicate negative text")
    bad = [v for v in set(values) | set(plains) if len(v) >= 6]
    for r in neg:
        for v in bad:
            if v in r["text"]: E("positive/plain in negative %s" % r["id"])
        if "PRIVATE KEY" in r["text"]: E("private key armour " + r["id"])
    if gen_negatives.recompute_docs() != gen_negatives.DOC_VALUES: E("doc values recompute")
    for v in gen_negatives.DOC_VALUES.values():
        if not any(v in t for t in texts): E("doc value missing in negatives")
        if any(v in r["text"] for r in pos + ev): E("doc value in positives")
    # deny list
    for n, p in denylist.overlaps(own_names(pos, ev, neg), frozen):
        E("deny-list overlap %s (%s)" % (n, p))
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            name = next(c[1] for c in gen_prose.CANDIDATES if c[0] == code)
            if not denylist.language_ok(code, name, frozen): E("deny-listed language " + code)
    # counts and type sets
    src = lambda s: [r for r in pos if r["source"] == s]
    if len(src("everyday")) != 180 or len({r["container"] for r in src("everyday")}) != 45: E("everyday count")
    if not 100 <= len(src("vendor")) <= 140: E("vendor count")
    if not 90 <= len(src("password")) <= 125: E("password count")
    pr = src("prose")
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40: E("prose count")
    if len(ev) != 66: E("evasion count")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: E("negative count")
    vt = [r["type"] for r in src("vendor")]
    pt = [r["type"] for r in src("password")]
    et = {r["type"] for r in src("everyday")}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt): E("vendor/password types not unique")
    if set(vt) & set(pt) or (set(vt) | set(pt)) & et: E("type sets not disjoint")
    return errs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def mutations(pos, ev, neg, frozen):
    """Each mutation must be caught by check()."""
    tests = []

    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[3]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m5(p, e, n): p[7]["text"] += " " + p[7]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] += e[2]["secrets"][0]["plain"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): e[4]["text"] += e[4]["secrets"][0]["plain"]
    def m9(p, e, n): p[9]["container"] += "__home_nas_admin_web_password"
    def m10(p, e, n): n[5]["container"] = "vigenere_stated_keyword"
    def m11(p, e, n):
        s = e[10]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2
    def m12(p, e, n): n[6]["text"] += "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    def m13(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__it"
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        tests.append((m.__name__, bool(check(p, e, n, frozen))))
    return tests


def main():
    denylist.verify_frozen()
    frozen = denylist.load()
    a = generate()
    b = generate()
    import readme
    ra, rb = readme.render(*a, frozen=frozen), readme.render(*b, frozen=frozen)
    if [dumps(x) for x in a] != [dumps(x) for x in b] or ra != rb:
        sys.exit("non-deterministic output")
    errs = check(*a, frozen)
    if errs:
        print("\n".join(errs[:50]))
        sys.exit("CHECKS FAILED (%d)" % len(errs))
    mt = mutations(*a, frozen)
    missed = [n for n, caught in mt if not caught]
    if missed:
        sys.exit("mutation tests not caught: %s" % missed)
    pos, ev, neg = a
    for fn, recs in [("secrets.jsonl", pos), ("evasions.jsonl", ev), ("negatives.jsonl", neg)]:
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(dumps(recs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    print("ok: %d positives, %d evasions, %d negatives; all checks and %d mutation tests passed" % (len(pos), len(ev), len(neg), len(mt)))


if __name__ == "__main__":
    main()
