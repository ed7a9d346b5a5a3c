"""Build privacy_sixtyfirst (p61): generate twice, check, mutation-test, then write JSONL + README."""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme
from gen_decoders import DEC
from gen_encodings import ENC
from common import M0, M1

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "61"
ALLOWED_REPEAT_TYPES = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)
REPEAT_CLASSES = {c for c, _ in gen_negatives.CLASSES} - set(gen_negatives.NEW_CLASSES) | {"vendor_documentation_value"}

class CheckError(Exception):
    pass

def need(cond, msg):
    if not cond:
        raise CheckError(msg)

def frozen():
    d = denylist.load()
    if os.path.isdir(denylist.BRIEF):
        need(denylist.extract() == d, "brief_names.json differs from a fresh extraction")
    return d

def lang_ok_factory(d):
    names, langs, words = set(d["names"]), set(d["languages"]), set(d["words"])
    def ok(code, name):
        if code in names or code in langs or code in words: return False
        if name.lower() in langs: return False
        return not any(w.lower() in words for w in re.findall(r"[A-Za-z]+", name))
    return ok

def generate(d):
    pool = set()
    ev = gen_everyday.generate(pool)
    ve = gen_vendor.generate(pool)
    pw = gen_passwords.generate(pool)
    pr, langs = gen_prose.generate(pool, lang_ok_factory(d))
    for x in pr: x.pop("language")
    pos = ev + ve + pw + pr
    evs = gen_evasions.generate(pool)
    neg = gen_negatives.generate()
    for i, x in enumerate(pos): x["id"] = "p%s-s-%04d" % (NN, i + 1)
    for i, x in enumerate(evs): x["id"] = "p%s-e-%04d" % (NN, i + 1)
    for i, x in enumerate(neg): x["id"] = "p%s-n-%04d" % (NN, i + 1)
    order_p = ["id", "type", "container", "text", "secrets", "source"]
    pos = [{k: x[k] for k in order_p} for x in pos]
    evs = [{k: x[k] for k in order_p + ["encoding"]} for x in evs]
    neg = [{k: x[k] for k in ["id", "class", "container", "text", "source"]} for x in neg]
    return pos, evs, neg, langs

def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n

def own_names(pos, evs, neg):
    names = set()
    for x in pos:
        names.add(x["container"])
        for s in x["secrets"]:
            if s["type"] not in ALLOWED_REPEAT_TYPES: names.add(s["type"])
    for x in evs: names.add(x["container"]); names.add(x["encoding"])
    for x in neg:
        names.add(x["container"])
        if x["class"] not in REPEAT_CLASSES: names.add(x["class"])
    names.update(s for s, _ in gen_vendor.STYLES)
    names.update(gen_passwords.SUFFIX.values())
    names.update(f for f, _ in gen_prose.FORMATS)
    names.add(gen_prose.SPAN_TYPE)
    names.update(w for w, _ in gen_evasions.WORDINGS)
    names.update(w for w, _ in gen_negatives.WRAPPERS)
    return names

def check(pos, evs, neg, langs, d):
    frozen_names = set(d["names"])
    # ids / schema
    ids = [x["id"] for x in pos + evs + neg]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for x in pos: need(re.fullmatch(r"p61-s-\d{4}", x["id"]), x["id"])
    for x in evs: need(re.fullmatch(r"p61-e-\d{4}", x["id"]), x["id"])
    for x in neg: need(re.fullmatch(r"p61-n-\d{4}", x["id"]), x["id"])
    seen_vals = {}
    for x in pos + evs:
        need(json.loads(json.dumps(x, ensure_ascii=False)) == x, "json round trip")
        t = x["text"]
        need(M0 not in t and M1 not in t and "\x00" not in t and "{V}" not in t, "marker left in " + x["id"])
        need(x["secrets"] and x["type"] == x["secrets"][0]["type"], "type mismatch " + x["id"])
        last = -1
        for s in x["secrets"]:
            need(t[s["start"]:s["end"]] == s["value"], "span slice " + x["id"])
            need(s["start"] >= last, "unsorted " + x["id"]); last = s["end"]
            need(s["value"] == s["value"].strip() and s["value"], "edge whitespace " + x["id"])
        vals = [s["value"] for s in x["secrets"]]
        for v in set(vals):
            need(count_overlapping(t, v) == vals.count(v), "occurrence count %s %r" % (x["id"], v))
            need(v not in seen_vals or seen_vals[v] == x["id"], "value reused " + x["id"])
            seen_vals[v] = x["id"]
    # evasions
    plains = set()
    for x in evs:
        need(len(x["secrets"]) == 1, "evasion spans")
        s = x["secrets"][0]
        need(set(s) == {"value", "start", "end", "type", "plain", "encoding"}, "evasion span fields " + x["id"])
        need(s["encoding"] == x["encoding"], "encoding field")
        before = x["text"][:s["start"]]
        need(DEC[s["encoding"]](s["value"], before) == s["plain"], "decode " + x["id"])
        need(s["plain"] not in x["text"], "plain verbatim " + x["id"])
        need(re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]), "plain alphabet " + x["id"])
        need(s["plain"] not in plains and s["plain"] not in seen_vals, "plain reused " + x["id"])
        plains.add(s["plain"])
    need(set(DEC) == set(ENC) and len(ENC) == 22, "encoder/decoder sets")
    for e in ENC: need(sum(1 for x in evs if x["encoding"] == e) == 3, "3 per encoding " + e)
    # negatives
    texts = [x["text"] for x in neg]
    need(len(texts) == len(set(texts)), "duplicate negative text")
    bad = [v for v in list(seen_vals) + list(plains) if len(v) >= 6]
    for x in neg:
        need("PRIVATE KEY" not in x["text"], "private key in negative")
        for v in bad: need(v not in x["text"], "secret in negative " + x["id"])
    docs = gen_negatives.doc_values()
    for k, pub in gen_negatives.DOC_PUBLISHED.items():
        need(pub in docs[k][0], "doc value recomputed mismatch " + k)
        need(any(pub in t for t in texts), "doc value missing")
        need(not any(pub in x["text"] for x in pos + evs), "doc value in positives")
    from gen_encodings import cisco_type7
    need(cisco_type7("cisco", 8) == gen_negatives.DOC_PUBLISHED["cisco_type7_doc_example_in_hardening_guide"], "type7 doc")
    need(len({x["class"] for x in neg}) == 16 and len(neg) >= 180, "negative classes / count")
    # counts
    src = lambda s: [x for x in pos if x["source"] == s]
    need(len(src("everyday")) == 180 and len({x["container"] for x in src("everyday")}) == 45, "everyday count")
    need(100 <= len(src("vendor")) <= 140, "vendor count")
    need(90 <= len(src("password")) <= 125, "password count")
    need(len(src("prose")) == 40 and len(langs) == 40, "prose count")
    need(len(evs) == 66, "evasion count")
    vt = [x["type"] for x in src("vendor")]; pt = [x["type"] for x in src("password")]
    need(len(set(vt)) == len(vt) and len(set(pt)) == len(pt), "vendor/password types unique")
    need(not (set(vt) & set(pt)) and not ((set(vt) | set(pt)) & set(gen_everyday.TYPES)), "types disjoint")
    # deny-list
    for n in own_names(pos, evs, neg):
        for part in [n] + n.split("__"):
            need(part.lower() not in frozen_names, "deny-listed name reused: %s (in %s)" % (part, n))
    ok = lang_ok_factory(d)
    for code, name, _ in langs: need(ok(code, name), "deny-listed language " + code)
    return True

def dumps(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)

def mutation_tests(pos, evs, neg, langs, d):
    muts = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[5]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += " " + p[7]["secrets"][0]["value"]
    def m4(p, e, n): e[3]["secrets"][0]["plain"] += "x"
    def m5(p, e, n): p[9]["text"] += "\n" + p[9]["secrets"][0]["value"]
    def m6(p, e, n): n[4]["text"] += e[0]["secrets"][0]["plain"]
    def m7(p, e, n): n[1]["text"] = n[0]["text"]
    def m8(p, e, n): e[2]["text"] += "\n" + e[2]["secrets"][0]["plain"]
    def m9(p, e, n): n[2]["container"] = "wrapped__zeek_http_log_row"
    def m10(p, e, n): p[200]["container"] = p[200]["container"].split("__")[0] + "__plc_st_string_constant"
    def m11(p, e, n):
        s = e[10]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2
    def m12(p, e, n): langs.append(("fi", "Finnish", ""))
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        saved = list(langs)
        m(p, e, n)
        try:
            check(p, e, n, langs, d); caught = False
        except Exception:
            caught = True
        langs[:] = saved
        need(caught, "mutation not caught: " + m.__name__)
    return 12

def main():
    d = frozen()
    a = generate(d); b = generate(d)
    ra = readme.render(*a, d); rb = readme.render(*b, d)
    need(all(dumps(x) == dumps(y) for x, y in zip(a[:3], b[:3])) and ra == rb, "non-deterministic")
    check(*a, d)
    n = mutation_tests(*a, d)
    pos, evs, neg, langs = a
    for name, recs in (("secrets.jsonl", pos), ("evasions.jsonl", evs), ("negatives.jsonl", neg)):
        open(os.path.join(HERE, name), "w", encoding="utf-8").write(dumps(recs))
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(ra)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests caught" % (len(pos), len(evs), len(neg), n))

if __name__ == "__main__":
    try:
        main()
    except CheckError as ex:
        print("BUILD FAILED:", ex); sys.exit(1)
