"""Build the p79 corpus: generate twice, check, mutation-test, then write."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, readme79
from dec79 import DEC
from enc79 import ENC, PHRASE

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "79"
DENY = denylist.load()
NEW_NEG_CLASSES = ["cloud_resource_identifier", "encoded_non_secret_config"]


def lang_ok(code, name):
    if code in DENY["names"] or code in DENY["languages"] or code in DENY["words"]:
        return False
    for w in re.findall(r"[A-Za-zå]+", name):
        if w.lower() in DENY["words"] or w.lower() in DENY["languages"]:
            return False
    return True


def generate():
    pool = common.Pool()
    ev = gen_everyday.generate(pool, common.fill)
    ve = gen_vendor.generate(pool)
    pw = gen_passwords.generate(pool, common.fill)
    pr = gen_prose.generate(pool, common.fill, lang_ok)
    evs = gen_evasions.generate(pool, common.fill)
    neg = gen_negatives.generate()
    pos = []
    for i, r in enumerate(ev + ve + pw + pr, 1):
        pos.append(dict({"id": f"p{NN}-s-{i:04d}"}, **r))
    evo = [dict({"id": f"p{NN}-e-{i:04d}"}, **r) for i, r in enumerate(evs, 1)]
    nego = [dict({"id": f"p{NN}-n-{i:04d}"}, **r) for i, r in enumerate(neg, 1)]
    return pos, evo, nego


def own_names():
    names = {}
    names["everyday container kind"] = list(gen_everyday.KINDS)
    names["new everyday span type"] = gen_everyday.NEW
    names["vendor type"] = [t for t, _ in gen_vendor.V]
    names["vendor style"] = list(gen_vendor.STYLES)
    names["password span type"] = [t for t, _, _ in gen_passwords.S]
    names["password suffix"] = list(gen_passwords.SUFFIX.values())
    names["prose format"] = gen_prose.FORMATS
    names["prose span type"] = [gen_prose.TYPE]
    names["encoding"] = list(ENC)
    names["evasion wording"] = list(gen_evasions.WORDINGS)
    names["negative base kind"] = [k for c in gen_negatives.BASE.values() for k in c]
    names["negative wrapper"] = [w.strip("_") for w in gen_negatives.WRAPPERS if w]
    names["documentation kind"] = list(gen_negatives.DOC)
    names["new negative class"] = NEW_NEG_CLASSES
    return names


def deny_hits(pos, evs, negs):
    bad = []
    for what, lst in own_names().items():
        for n in lst:
            n = n.lower()
            if n in DENY["names"] or any(p in DENY["names"] for p in n.split("__") if p):
                bad.append((what, n))
    exempt = set(gen_everyday.REPEATED)
    for r in pos + evs + negs:
        c = r["container"].lower()
        parts = [p for p in c.split("__") if p]
        if c in DENY["names"] or any(p in DENY["names"] for p in parts):
            bad.append(("container", c))
    for r in pos:
        t = r["type"]
        if t not in exempt and t.lower() in DENY["names"]:
            bad.append(("span type", t))
    return bad


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def check(pos, evs, negs):
    errs = []
    ids = [r["id"] for r in pos + evs + negs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in pos:
        if not re.fullmatch(rf"p{NN}-s-\d{{4}}", r["id"]):
            errs.append("bad id " + r["id"])
    for r in evs:
        if not re.fullmatch(rf"p{NN}-e-\d{{4}}", r["id"]):
            errs.append("bad id " + r["id"])
    for r in negs:
        if not re.fullmatch(rf"p{NN}-n-\d{{4}}", r["id"]):
            errs.append("bad id " + r["id"])
    allvals, plains = [], []
    for r in pos + evs:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            errs.append("json roundtrip " + r["id"])
        t = r["text"]
        if "\ue000" in t or "\x00" in t or "«" in t:
            errs.append("slot marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]:
            errs.append("type mismatch " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if t[s["start"]:s["end"]] != v:
                errs.append("offset " + r["id"])
            if v != v.strip():
                errs.append("edge whitespace " + r["id"])
            lab = sum(1 for x in r["secrets"] if x["value"] == v)
            if count_overlapping(t, v) != lab:
                errs.append("occurrence count " + r["id"])
            allvals.append(v)
    if len(allvals) != len(set(allvals)):
        errs.append("value reused")
    for r in pos + evs:
        for s in r["secrets"]:
            for o in pos + evs:
                if o is not r and s["value"] in o["text"]:
                    errs.append(f"value of {r['id']} in {o['id']}")
    for r in evs:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}:
            errs.append("evasion fields " + r["id"])
        if r["encoding"] != s["encoding"]:
            errs.append("encoding field " + r["id"])
        try:
            if DEC[s["encoding"]](s["value"]) != s["plain"]:
                errs.append("decode mismatch " + r["id"])
        except Exception as e:  # noqa
            errs.append(f"decode error {r['id']} {e}")
        if s["plain"] in r["text"]:
            errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            errs.append("plain alphabet " + r["id"])
        plains.append(s["plain"])
    if len(plains) != len(set(plains)) or set(plains) & set(allvals):
        errs.append("plain reused")
    if set(ENC) != set(DEC) or set(ENC) != set(PHRASE):
        errs.append("encoder/decoder sets differ")
    from collections import Counter
    ec = Counter(r["encoding"] for r in evs)
    if len(ec) != 22 or set(ec.values()) != {3}:
        errs.append("evasion counts")
    texts = [r["text"] for r in negs]
    if len(texts) != len(set(texts)):
        errs.append("duplicate negative text")
    docvals = gen_negatives.doc_checks()
    for r in negs:
        for v in allvals + plains:
            if len(v) >= 6 and v in r["text"]:
                errs.append("secret in negative " + r["id"])
        if "PRIVATE KEY" in r["text"]:
            errs.append("private key armour in negative " + r["id"])
    for d in docvals:
        if not any(d in r["text"] for r in negs):
            errs.append("doc value missing")
        if any(d in r["text"] for r in pos + evs):
            errs.append("doc value in positives")
    # counts
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180 or len({r["container"] for r in pos if r["source"] == "everyday"}) != 45:
        errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 125:
        errs.append("vendor/password counts")
    prose_langs = {r["container"].split("__")[1] for r in pos if r["source"] == "prose"}
    if src["prose"] != 40 or len(prose_langs) != 40:
        errs.append("prose counts")
    for code in prose_langs:
        name = dict((c, n) for c, n, _ in gen_prose.CANDIDATES).get(code, "Finnish" if code == "fi" else code)
        if not lang_ok(code, name):
            errs.append("deny-listed language " + code)
    if len(negs) < 180 or len({r["class"] for r in negs}) != 16:
        errs.append("negative counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES):
        errs.append("type uniqueness")
    errs += [f"deny-list overlap {w}: {n}" for w, n in deny_hits(pos, evs, negs)]
    return errs


def mutations(pos, evs, negs):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[1]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += p[2]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] = e[1]["secrets"][0]["plain"]
    def m5(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] += e[2]["secrets"][0]["plain"]
    def m7(p, e, n): n[2]["text"] = n[3]["text"]
    def m8(p, e, n): e[3]["text"] += e[3]["secrets"][0]["plain"]
    def m9(p, e, n): p[4]["container"] = "helm_values_yaml_override__bot_settings_pydantic_default"
    def m10(p, e, n): n[4]["container"] = "base45_rfc9285"
    def m11(p, e, n):
        s = e[4]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2
    def m12(p, e, n): n[5]["text"] += "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    def m13(p, e, n): p[5]["id"] = "p73-s-0006"
    def m14(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]; r["container"] = r["container"].split("__")[0] + "__fi"
    def m15(p, e, n): p[6]["text"] += p[7]["secrets"][0]["value"]
    caught = 0
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15]
    for m in ms:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        m(p, e, n)
        if check(p, e, n):
            caught += 1
        else:
            raise SystemExit("mutation not caught: " + m.__name__)
    return caught


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    a = generate()
    b = generate()
    outs_a = [dump(x) for x in a]
    outs_b = [dump(x) for x in b]
    ra = readme79.render(*a, lang_ok=lang_ok, deny=DENY, own=own_names())
    rb = readme79.render(*b, lang_ok=lang_ok, deny=DENY, own=own_names())
    if outs_a != outs_b or ra != rb:
        raise SystemExit("non-deterministic output")
    errs = check(*a)
    if errs:
        for e in errs[:50]:
            print("ERROR", e)
        raise SystemExit(f"{len(errs)} check errors")
    n = mutations(*a)
    for fn, txt in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], outs_a):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    print(f"ok: {len(a[0])} positives, {len(a[1])} evasions, {len(a[2])} negatives; {n} mutations caught")


if __name__ == "__main__":
    main()
