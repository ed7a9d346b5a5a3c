"""Build the p60 corpus: generate twice, compare, check, mutation-test, then write."""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings
from gen_decoders import DEC
from common import dumps, MARK
import readme

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "60"


def generate(deny):
    pos = gen_everyday.gen() + gen_vendor.gen() + gen_passwords.gen() + gen_prose.gen(deny)
    langs = [r.pop("_lang") for r in pos if "_lang" in r]
    for i, r in enumerate(pos, 1):
        r["id"] = "p%s-s-%04d" % (NN, i)
    ev = gen_evasions.gen()
    for i, r in enumerate(ev, 1):
        r["id"] = "p%s-e-%04d" % (NN, i)
    neg = gen_negatives.gen()
    for i, r in enumerate(neg, 1):
        r["id"] = "p%s-n-%04d" % (NN, i)
    order = ["id", "type", "container", "encoding", "text", "secrets", "source"]
    pos = [{k: r[k] for k in order if k in r} for r in pos]
    ev = [{k: r[k] for k in order if k in r} for r in ev]
    neg = [{k: r[k] for k in ["id", "class", "container", "text", "source"]} for r in neg]
    return pos, ev, neg, langs


def own_names(pos, ev, neg):
    n = set(gen_everyday.KINDS) | set(gen_vendor.STYLES) | {t for t, _, _ in gen_vendor.V}
    n |= {t for t, _, _ in gen_passwords.P} | {gen_passwords.SH, gen_passwords.CF, gen_passwords.SQ}
    n |= set(gen_prose.FORMATS) | {gen_prose.SPAN} | set(gen_encodings.ENC) | set(gen_evasions.WORDINGS)
    n |= {b for c in gen_negatives.B.values() for b in c} | {"in_" + w for w in gen_negatives.WRAP} | set(gen_negatives.DOCS)
    n |= NEW_CLASSES
    for r in pos + ev + neg:
        n.add(r["container"])
    return n


NEW_CLASSES = {"bank_account_or_iban_number", "security_identifier_isin_cusip", "order_or_trade_reference_id"}
ALLOWED_REPEAT = set(gen_everyday.TYPES) | set(gen_evasions.PLAINS)


def count(text, v):
    c, i = 0, text.find(v)
    while i >= 0:
        c += 1
        i = text.find(v, i + 1)
    return c


def check(pos, ev, neg, deny, langs):
    errs = []
    E = errs.append
    ids = [r["id"] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): E("dup ids")
    for r in pos: 
        if not re.fullmatch(r"p60-s-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p60-e-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p60-n-\d{4}", r["id"]): E("bad id " + r["id"])
    pool = {}
    for r in pos + ev:
        t = r["text"]
        if json.loads(dumps(r)) != r: E("roundtrip " + r["id"])
        if MARK in t or "\x00" in t or "@@" in t: E("marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: E("type " + r["id"])
        last = -1
        for s in r["secrets"]:
            v = s["value"]
            if t[s["start"]:s["end"]] != v: E("slice " + r["id"])
            if s["start"] < last: E("order " + r["id"])
            last = s["end"]
            if v != v.strip(): E("ws " + r["id"])
            nlab = sum(1 for x in r["secrets"] if x["value"] == v)
            if count(t, v) != nlab: E("occurrence %s %d/%d" % (r["id"], count(t, v), nlab))
            key = s.get("plain", v)
            if key in pool and pool[key] != r["id"]: E("reuse " + r["id"])
            pool[key] = r["id"]
    pvals = {s["value"] for r in pos for s in r["secrets"]}
    for r in ev:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: E("evfields " + r["id"])
        if s["encoding"] != r["encoding"]: E("evenc " + r["id"])
        try:
            if DEC[r["encoding"]](r["text"][:s["start"]], s["value"]) != s["plain"]: E("decode " + r["id"])
        except Exception as e:
            E("decode-exc %s %r" % (r["id"], e))
        if s["plain"] in r["text"]: E("plain verbatim " + r["id"])
        if s["plain"] in pvals: E("plain is positive " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): E("plain alphabet " + r["id"])
    if set(DEC) != set(gen_encodings.ENC) or len(DEC) != 22: E("enc/dec sets")
    from collections import Counter
    ce = Counter(r["encoding"] for r in ev)
    if any(v != 3 for v in ce.values()) or len(ce) != 22: E("evasion counts")
    texts = [r["text"] for r in neg]
    if len(texts) != len(set(texts)): E("dup negative text")
    bad = [s.get("plain", s["value"]) for r in pos + ev for s in r["secrets"]]
    bad = [b for b in bad if len(b) >= 6]
    for r in neg:
        if any(b in r["text"] for b in bad): E("negative contains secret " + r["id"])
        if "PRIVATE KEY" in r["text"]: E("private key " + r["id"])
    alltext = "\n".join(r["text"] for r in pos + ev)
    for d in gen_negatives.DOC_VALUES:
        if d in alltext: E("doc value in positives")
        if not any(d in r["text"] for r in neg): E("doc value missing")
    gen_negatives.verify_docs()
    # deny-list
    names = set(deny["names"])
    for n in own_names(pos, ev, neg):
        for part in [n] + n.split("__"):
            if part and part.lower() in names and part not in ALLOWED_REPEAT:
                E("deny-list overlap: %s (%s)" % (part, n))
    for code, name in langs:
        if not gen_prose.ok_language(code, name, deny): E("deny-listed language " + code)
    if len({c for c, _ in langs}) != 40: E("languages")
    # counts
    src = Counter(r["source"] for r in pos)
    kinds = Counter(r["container"] for r in pos if r["source"] == "everyday")
    if src["everyday"] != 180 or len(kinds) != 45 or set(kinds.values()) != {4}: E("everyday counts")
    if not 100 <= src["vendor"] <= 140: E("vendor count")
    if not 90 <= src["password"] <= 120: E("password count")
    if src["prose"] != 40: E("prose count")
    if len(ev) != 66: E("evasions")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: E("negatives")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    et = {r["type"] for r in pos if r["source"] == "everyday"}
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: E("type uniqueness")
    return errs


def mutations(pos, ev, neg, deny, langs):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[1]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += p[2]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m5(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] += e[1]["secrets"][0]["plain"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): e[2]["text"] += e[2]["secrets"][0]["plain"]
    def m9(p, e, n): p[4]["container"] += "__ibc_config_ibpassword_line__zoom_call_transcript_txt"
    def m10(p, e, n):
        s = e[5]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2
        e[5]["text"] = e[5]["text"][:s["end"]] + e[5]["text"][s["end"] + 2:]
    def m11(p, e, n): langs.append(("zh", "Chinese"))
    ok = 0
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        l0 = list(langs)
        m(p, e, n)
        caught = bool(check(p, e, n, deny, langs))
        langs[:] = l0
        if not caught:
            raise SystemExit("mutation not caught: " + m.__name__)
        ok += 1
    return ok


def serialize(pos, ev, neg, text_readme):
    return ["\n".join(dumps(r) for r in x) + "\n" for x in (pos, ev, neg)] + [text_readme]


def main():
    deny = denylist.load()
    a = generate(deny)
    b = generate(deny)
    errs = check(*a[:3], deny, a[3])
    if errs:
        print("\n".join(errs[:50]))
        raise SystemExit("checks failed: %d" % len(errs))
    nm = mutations(*a[:3], deny, a[3])
    sa = serialize(*a[:3], readme.render(*a, deny, nm))
    sb = serialize(*b[:3], readme.render(*b, deny, nm))
    if sa != sb:
        raise SystemExit("non-deterministic output")
    for name, s in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], sa):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(s)
    print("ok", len(a[0]), len(a[1]), len(a[2]), "mutations", nm)


if __name__ == "__main__":
    main()
