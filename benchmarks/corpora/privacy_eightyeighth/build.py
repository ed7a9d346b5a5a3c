"""Build p88: generate twice, compare bytes, check, then write three JSONL files and README.md."""
import copy, json, os, re, sys
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc88, dec88, readme88
from common import dumps

HERE = os.path.dirname(os.path.abspath(__file__))


def generate():
    dl = denylist.load()
    ev = gen_everyday.generate(); ve = gen_vendor.generate(); pw = gen_passwords.generate()
    pr, langs, excluded = gen_prose.generate(dl, denylist.language_ok)
    pos = ev + ve + pw + pr
    for i, rec in enumerate(pos):
        pos[i] = {"id": "p88-s-%04d" % (i + 1), **rec}
    evs = gen_evasions.generate()
    for i, rec in enumerate(evs):
        evs[i] = {"id": "p88-e-%04d" % (i + 1), "type": rec["type"], "container": rec["container"], "text": rec["text"],
                  "secrets": rec["secrets"], "source": rec["source"], "encoding": rec["encoding"]}
    neg = gen_negatives.generate()
    for i, rec in enumerate(neg):
        neg[i] = {"id": "p88-n-%04d" % (i + 1), **rec}
    meta = {"dl": dl, "langs": langs, "excluded": excluded}
    return pos, evs, neg, meta


def ser(recs):
    return "".join(dumps(r) + "\n" for r in recs)


def our_names():
    """Every name this corpus introduces, by category."""
    return {
        "everyday container kind": list(gen_everyday.KINDS),
        "everyday span type": list(gen_everyday.TYPES),
        "vendor span type": list(gen_vendor.SPEC),
        "vendor style": list(gen_vendor.STYLES),
        "password syntax": [t for t, _, _ in gen_passwords.S],
        "password suffix": list(gen_passwords.SUFFIX.values()),
        "prose format": list(gen_prose.FORMATS),
        "prose span type": [gen_prose.SPAN_TYPE],
        "encoding": list(enc88.ENC),
        "evasion wording": list(gen_evasions.WORDINGS),
        "negative class": list(gen_negatives.CLASSES) + ["published_reference_example_value"],
        "negative base kind": [k for v in gen_negatives.CLASSES.values() for k, _ in v],
        "negative wrapper": list(gen_negatives.WRAPPERS),
        "documentation kind": [k for k, _ in gen_negatives.DOCS],
    }


def check(pos, evs, neg, meta):
    errs = []
    dl = meta["dl"]
    ids = [r["id"] for r in pos + evs + neg]
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p88-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in evs:
        if not re.fullmatch(r"p88-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p88-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: errs.append("neg fields " + r["id"])
    values, plains = [], []
    for r in pos + evs:
        if json.loads(dumps(r)) != r: errs.append("json " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        if "\0" in r["text"] or "@@" in r["text"] or "\ue000" in r["text"]: errs.append("marker " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip() or not v: errs.append("edge ws " + r["id"])
            occ = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if occ != sum(1 for t in r["secrets"] if t["value"] == v): errs.append("occurrences " + r["id"])
            values.append((r["id"], v))
            if r["source"] == "evasion":
                if list(s) != ["value", "start", "end", "type", "plain", "encoding"]: errs.append("span fields " + r["id"])
                p = s["plain"]; plains.append((r["id"], p))
                try:
                    d = dec88.DEC[s["encoding"]](v)
                except Exception as e:
                    d = None
                if d != p: errs.append("decode " + r["id"])
                if p in r["text"]: errs.append("plain verbatim " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", p): errs.append("plain alphabet " + r["id"])
                if r["encoding"] != s["encoding"]: errs.append("enc field " + r["id"])
                if enc88.RULE[s["encoding"]] not in r["text"][:s["start"]]: errs.append("rule not before run " + r["id"])
            elif list(s) != ["value", "start", "end", "type"]: errs.append("span fields " + r["id"])
    allv = [v for _, v in values] + [p for _, p in plains]
    if len(set(allv)) != len(allv): errs.append("value or plain reused")
    texts = [(r["id"], r["text"]) for r in pos + evs + neg]
    for rid, v in values + plains:
        if len(v) < 6: continue
        for tid, t in texts:
            if tid != rid and v in t: errs.append("value of %s in %s" % (rid, tid))
    # negatives
    nt = [r["text"] for r in neg]
    if len(set(nt)) != len(nt): errs.append("duplicate negative text")
    for r in pos + evs + neg:
        if "PRIVATE KEY" in r["text"]: errs.append("private key armour " + r["id"])
    for dv in gen_negatives.DOC_VALUES:
        if not any(dv in t for t in nt): errs.append("doc value missing " + dv)
        if any(dv in r["text"] for r in pos + evs): errs.append("doc value in positive " + dv)
    try:
        gen_negatives.published_checks()
    except AssertionError:
        errs.append("published recomputation")
    # deny-list
    for cat, names in our_names().items():
        for n in names:
            o = denylist.overlaps(n, dl)
            if o: errs.append("deny-list %s %s: %s" % (cat, n, o))
    for r in pos + evs + neg:
        o = denylist.overlaps(r["container"], dl)
        if o: errs.append("deny-list container %s %s" % (r["id"], o))
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            name = dict((c, n) for c, n, _ in gen_prose.CANDIDATES)[code] if code in dict((c, n) for c, n, _ in gen_prose.CANDIDATES) else "?"
            if not denylist.language_ok(code, name, dl): errs.append("language " + r["id"])
    for n in list(enc88.ENC) + list(gen_negatives.CLASSES):
        if n.lower() in set(dl["names"]): errs.append("deny-list " + n)
    # counts
    src = lambda s: [r for r in pos if r["source"] == s]
    if len(src("everyday")) != 180 or len({r["container"] for r in src("everyday")}) != 45: errs.append("everyday count")
    if not 100 <= len(src("vendor")) <= 140: errs.append("vendor count")
    if not 90 <= len(src("password")) <= 130: errs.append("password count")
    if len(src("prose")) != 40 or len({r["container"].split("__")[1] for r in src("prose")}) != 40: errs.append("prose count")
    if len(evs) != 66 or set(enc88.ENC) != set(dec88.DEC): errs.append("evasion count")
    from collections import Counter
    if set(Counter(r["encoding"] for r in evs).values()) != {3}: errs.append("3 per encoding")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("negative count")
    vt, pt, et = set(r["type"] for r in src("vendor")), set(r["type"] for r in src("password")), set(gen_everyday.TYPES)
    if len(vt) != len(src("vendor")) or len(pt) != len(src("password")) or vt & pt or vt & et or pt & et: errs.append("type sets")
    return errs


def mutation_tests(pos, evs, neg, meta):
    muts = []
    def m(name, f):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        f(P, E, N)
        muts.append((name, check(P, E, N, meta)))
    m("shifted start", lambda P, E, N: P[3]["secrets"][0].update(start=P[3]["secrets"][0]["start"] + 1))
    m("shortened end", lambda P, E, N: P[200]["secrets"][0].update(end=P[200]["secrets"][0]["end"] - 1))
    m("positive value in negative", lambda P, E, N: N[0].update(text=N[0]["text"] + P[10]["secrets"][0]["value"]))
    m("wrong plain", lambda P, E, N: E[5]["secrets"][0].update(plain=E[5]["secrets"][0]["plain"] + "x"))
    m("extra occurrence", lambda P, E, N: P[7].update(text=P[7]["text"] + " " + P[7]["secrets"][0]["value"]))
    m("plain in negative", lambda P, E, N: N[9].update(text=N[9]["text"] + E[2]["secrets"][0]["plain"]))
    m("duplicate negative", lambda P, E, N: N[1].update(text=N[0]["text"]))
    m("plain verbatim", lambda P, E, N: E[1].update(text=E[1]["text"] + E[1]["secrets"][0]["plain"]))
    m("p83 encoding as container", lambda P, E, N: N[4].update(container="rot47_printable_ascii"))
    m("p82 everyday kind reused", lambda P, E, N: P[0].update(container="next_dotenv_local_file"))
    m("private key armour", lambda P, E, N: N[3].update(text="-----BEGIN RSA PRIVATE KEY-----\n"))
    m("deny-listed language", lambda P, E, N: P[-1].update(container="zulip_export_message_json__eus"))
    m("value copied", lambda P, E, N: P[20].update(text=P[20]["text"] + P[300]["secrets"][0]["value"]))
    m("wrong id prefix", lambda P, E, N: P[5].update(id="p83-s-0006"))
    m("doc value in positive", lambda P, E, N: P[30].update(text=P[30]["text"] + gen_negatives.AWS_DOC_AKID))
    m("undecodable run", lambda P, E, N: E[0]["secrets"][0].update(value=E[0]["secrets"][0]["value"][:-1]))
    return muts


def main():
    a = generate(); b = generate()
    sa = [ser(x) for x in a[:3]]; sb = [ser(x) for x in b[:3]]
    if sa != sb: sys.exit("non-deterministic JSONL")
    errs = check(*a)
    if errs:
        print("\n".join(errs[:60])); sys.exit("checks failed (%d)" % len(errs))
    for name, e in mutation_tests(*a):
        if not e: sys.exit("mutation not caught: " + name)
    ra, rb = readme88.render(*a), readme88.render(*b)
    if ra != rb: sys.exit("non-deterministic README")
    for fn, s in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], sa):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f: f.write(s)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f: f.write(ra)
    print("ok", len(a[0]), len(a[1]), len(a[2]))


if __name__ == "__main__":
    main()
