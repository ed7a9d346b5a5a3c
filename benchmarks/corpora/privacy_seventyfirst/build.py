"""Build p71: python3 build.py  (stdlib only, deterministic)."""
import copy, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from decoders71 import DEC
from encodings71 import ENC
import readme71

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "71"


def generate():
    frozen = denylist.load()
    pool = common.Pool()
    chosen, excluded, unused = gen_prose.select(frozen, denylist.language_ok)
    parts = (gen_everyday.generate(pool) + gen_vendor.generate(pool) + gen_passwords.generate(pool)
             + gen_prose.generate(pool, chosen))
    pos = []
    for i, (src, t, cont, text, spans) in enumerate(parts, 1):
        pos.append({"id": "p%s-s-%04d" % (NN, i), "type": t, "container": cont, "text": text, "secrets": spans, "source": src})
    ev = []
    for i, (src, t, cont, text, spans, enc) in enumerate(gen_evasions.generate(pool), 1):
        ev.append({"id": "p%s-e-%04d" % (NN, i), "type": t, "container": cont, "text": text, "secrets": spans,
                   "source": src, "encoding": enc})
    neg = []
    for i, (cls, cont, text) in enumerate(gen_negatives.generate(), 1):
        neg.append({"id": "p%s-n-%04d" % (NN, i), "class": cls, "container": cont, "text": text, "source": "negative"})
    meta = {"frozen": frozen, "chosen": chosen, "excluded": excluded, "unused": unused}
    return pos, ev, neg, meta


def own_names(pos, ev, neg):
    names = set()
    names |= {c for c, _, _ in gen_everyday.CONTAINERS}
    names |= set(gen_everyday.NEW_TYPES)
    names |= {t for t, _, _ in gen_vendor.VENDORS} | {s for s, _ in gen_vendor.STYLES}
    names |= {t for t, _, _ in gen_passwords.SYNTAX} | set(gen_passwords.SUFFIX.values())
    names |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(ENC) | set(gen_evasions.WORDINGS)
    for cls, kinds in gen_negatives.BASE.items():
        names |= {k for k, _ in kinds}
    names |= {"in_" + w for w, _ in gen_negatives.WRAPPERS} | {w for w, _ in gen_negatives.WRAPPERS}
    names |= {k for k, _ in gen_negatives.doc_records()} | set(gen_negatives.NEW_CLASSES)
    for r in pos + ev + neg:
        names.add(r["container"])
    return names


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n


def check(pos, ev, neg, meta):
    errs = []
    ids = [r["id"] for r in pos + ev + neg]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p71-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p71-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p71-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    allvals = {}
    for r in pos + ev:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        if "\ue000" in r["text"] or "\x00" in r["text"]: errs.append("marker " + r["id"])
        last = -1
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: errs.append("slice " + r["id"])
            if v != v.strip(): errs.append("edge ws " + r["id"])
            if s["start"] < last: errs.append("order " + r["id"])
            last = s["start"]
            allvals.setdefault(v, []).append(r["id"])
        for v in {s["value"] for s in r["secrets"]}:
            if count_overlapping(r["text"], v) != sum(1 for s in r["secrets"] if s["value"] == v):
                errs.append("occurrence " + r["id"])
    for v, where in allvals.items():
        if len(where) > 1: errs.append("value reused %s" % where)
    # values of one record must not occur in another record
    texts = [(r["id"], r["text"]) for r in pos + ev]
    for v, where in allvals.items():
        if len(v) < 6: continue
        for rid, t in texts:
            if rid not in where and v in t:
                errs.append("value %s of %s appears in %s" % (v[:12], where[0], rid))
    # evasions
    plains = set()
    for r in ev:
        s = r["secrets"][0]
        if sorted(s) != sorted(["value", "start", "end", "type", "plain", "encoding"]): errs.append("evfields " + r["id"])
        if s["encoding"] != r["encoding"]: errs.append("evenc " + r["id"])
        try:
            dec = DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as e:
            dec = None
        if dec != s["plain"]: errs.append("decode " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): errs.append("plain alphabet " + r["id"])
        if s["plain"] in plains: errs.append("plain reused " + r["id"])
        plains.add(s["plain"])
    if set(DEC) != set(ENC) or len(ENC) != 22: errs.append("enc/dec sets")
    for e in ENC:
        if sum(1 for r in ev if r["encoding"] == e) != 3: errs.append("enc count " + e)
    posvals = {s["value"] for r in pos for s in r["secrets"]}
    if plains & posvals: errs.append("plain equals positive value")
    # negatives
    nt = [r["text"] for r in neg]
    if len(set(nt)) != len(nt): errs.append("duplicate negative text")
    bad = [v for v in posvals | plains if len(v) >= 6]
    for r in neg:
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
        for v in bad:
            if v in r["text"]:
                errs.append("secret in negative " + r["id"]); break
    dv = gen_negatives.doc_values()
    for k, v in dv.items():
        if not any(v in r["text"] for r in neg): errs.append("doc value missing " + k)
        if any(v in r["text"] for r in pos + ev): errs.append("doc value in positive " + k)
    # deny-list
    frozen = meta["frozen"]
    exempt = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)
    names = own_names(pos, ev, neg)
    for n, p in denylist.overlaps(sorted(names), frozen, exempt):
        errs.append("deny-list overlap %s (%s)" % (n, p))
    for r in pos + ev + neg:
        for n, p in denylist.overlaps([r["container"]], frozen):
            errs.append("deny-list container %s (%s)" % (r["container"], p))
    langs = [c for c, _, _ in meta["chosen"]]
    for c, nm, _ in meta["chosen"]:
        if not denylist.language_ok(c, nm, frozen): errs.append("language " + c)
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if not denylist.language_ok(code, dict((c, n) for c, n, _ in gen_prose.CANDIDATES).get(code, code), frozen):
                errs.append("prose language " + code)
    # counts
    src = lambda s: [r for r in pos if r["source"] == s]
    if len(src("everyday")) != 180 or len({r["container"] for r in src("everyday")}) != 45: errs.append("everyday count")
    if not 100 <= len(src("vendor")) <= 140: errs.append("vendor count")
    if not 90 <= len(src("password")) <= 125: errs.append("password count")
    if len(src("prose")) != 40 or len(set(langs)) != 40: errs.append("prose count")
    if len(ev) != 66: errs.append("evasion count")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("negative count")
    vt = [r["type"] for r in src("vendor")]; pt = [r["type"] for r in src("password")]
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & set(gen_everyday.TYPES):
        errs.append("type uniqueness")
    return errs


def mutations(pos, ev, neg, meta):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[5]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[3]["text"] += " " + p[9]["secrets"][0]["value"]
    def m4(p, e, n): e[2]["secrets"][0]["plain"] += "x"
    def m5(p, e, n): p[7]["text"] += "\n" + p[7]["secrets"][0]["value"]
    def m6(p, e, n): n[8]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m7(p, e, n): n[11]["text"] = n[10]["text"]
    def m8(p, e, n): e[6]["text"] += "\n" + e[6]["secrets"][0]["plain"]
    def m9(p, e, n): p[1]["container"] = "mirth_channel_deploy_script_js__booking_engine_repo_view"
    def m10(p, e, n): n[0]["container"] = "rot47_printable_ascii"
    def m11(p, e, n):
        s = e[12]["secrets"][0]; s["value"] = s["value"][:-2]; s["end"] -= 2
    def m12(p, e, n): n[20]["text"] += "\n-----BEGIN RSA PRIVATE KEY-----"
    def m13(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]; r["container"] = r["container"].split("__")[0] + "__ka"
    def m14(p, e, n): p[30]["text"] += " " + p[31]["secrets"][0]["value"]
    def m15(p, e, n): p[200]["container"] = "ebcdic_cp037_hex__x"
    caught = 0
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15]
    for m in ms:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if check(p, e, n, meta):
            caught += 1
        else:
            raise SystemExit("mutation not caught: " + m.__name__)
    return caught


def serialise(pos, ev, neg, meta, nmut):
    dump = lambda rs: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)
    return dump(pos), dump(ev), dump(neg), readme71.render(pos, ev, neg, meta, nmut)


def main():
    a = generate()
    b = generate()
    errs = check(*a)
    if errs:
        print("\n".join(errs[:60])); raise SystemExit("checks failed: %d" % len(errs))
    nmut = mutations(*a)
    sa, sb = serialise(*a, nmut), serialise(*b, nmut)
    if sa != sb:
        raise SystemExit("non-deterministic output")
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"], sa):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(data)
    pos, ev, neg, meta = a
    print("ok: positives %d, evasions %d, negatives %d, mutations caught %d" % (len(pos), len(ev), len(neg), nmut))


if __name__ == "__main__":
    main()
