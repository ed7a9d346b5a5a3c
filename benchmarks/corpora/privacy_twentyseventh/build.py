"""Build the p27 corpus: generate twice, compare bytes, run all checks, then write JSONL files and README."""
import base64, json, os, re, sys
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_encodings, gen_decoders

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
OUT = HERE


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def generate():
    frozen = denylist.load(FROZEN)
    wide = denylist.widen(frozen)
    deny = lambda name: any(p.lower() in wide for p in [name] + name.split("__"))
    used = set()
    pos = []
    pos += gen_everyday.build(used)
    pos += gen_vendor.build(used, deny)
    pos += gen_passwords.build(used, deny)
    pos += gen_prose.build(used, deny)
    ev = gen_evasions.build(used)
    neg = gen_negatives.build(set(used))
    secrets = []
    for i, (src, kind, text, spans) in enumerate(pos):
        secrets.append(common.pos_record("p27-s-%04d" % (i + 1), kind, text, spans, src))
    evasions = []
    for i, (src, kind, text, spans, enc) in enumerate(ev):
        r = common.pos_record("p27-e-%04d" % (i + 1), kind, text, spans, src)
        r["encoding"] = enc
        evasions.append(r)
    negatives = [{"id": "p27-n-%04d" % (i + 1), "class": c, "container": k, "text": t, "source": "negative"}
                 for i, (c, k, t) in enumerate(neg)]
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}


def serialize(data):
    return {k: "".join(common.dumps(r) + "\n" for r in v) for k, v in data.items()}


def name_sets(data):
    """Every name that must be new, by category."""
    s = data["secrets"]
    cats = {
        "everyday container kinds": {r["container"] for r in s if r["source"] == "everyday"},
        "password container kinds": {r["container"] for r in s if r["source"] == "password"},
        "password span types": {sp["type"] for r in s if r["source"] == "password" for sp in r["secrets"]},
        "vendor container kinds": {r["container"] for r in s if r["source"] == "vendor"},
        "vendor container styles": {r["container"].split("__")[1] for r in s if r["source"] == "vendor"},
        "vendor span types": {sp["type"] for r in s if r["source"] == "vendor" for sp in r["secrets"]},
        "prose container kinds": {r["container"] for r in s if r["source"] == "prose"},
        "prose formats": {r["container"].split("__")[0] for r in s if r["source"] == "prose"},
        "prose language codes": {r["container"].split("__")[1] for r in s if r["source"] == "prose"},
        "prose language names": {n for l in gen_prose.LANGS for n in (l[1], re.sub(r"\s*\(.*\)", "", l[1]))},
        "encodings": {r["encoding"] for r in data["evasions"]},
        "evasion wordings": {r["container"].split("__")[1] for r in data["evasions"]},
        "evasion containers": {r["container"] for r in data["evasions"]},
        "negative container kinds": {r["container"] for r in data["negatives"]},
        "negative wrappers": set(gen_negatives.WRAPPERS),
    }
    return cats


def check_denylist(data, frozen):
    cats = name_sets(data)
    wide = denylist.widen(frozen)
    bad = []
    n = 0
    for cat, names in cats.items():
        for name in names:
            for p in set([name] + name.split("__")):
                n += 1
                if p.lower() in wide:
                    bad.append((cat, name, p))
    need(not bad, "deny-list overlap: %r" % sorted(bad)[:10])
    return n, len(wide)


def check(data):
    stats = {}
    frozen = denylist.load(FROZEN)
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    ids = [r["id"] for r in S + E + N]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in S:
        need(re.fullmatch(r"p27-s-\d{4}", r["id"]), "bad id " + r["id"])
    for r in E:
        need(re.fullmatch(r"p27-e-\d{4}", r["id"]), "bad id " + r["id"])
    for r in N:
        need(re.fullmatch(r"p27-n-\d{4}", r["id"]), "bad id " + r["id"])
    for r in S + E + N:
        need(json.loads(common.dumps(r)) == r, "JSON round trip " + r["id"])
    # spans
    owner = {}
    nspans = 0
    for r in S + E:
        t = r["text"]
        need(r["secrets"], "no spans " + r["id"])
        need(r["type"] == r["secrets"][0]["type"], "record type != first span type " + r["id"])
        last = 0
        counts = {}
        for sp in r["secrets"]:
            nspans += 1
            need(t[sp["start"]:sp["end"]] == sp["value"], "span does not re-slice " + r["id"])
            need(sp["start"] >= last, "spans unsorted / overlapping " + r["id"])
            last = sp["end"]
            v = sp["value"]
            need(v == v.strip(), "edge whitespace " + r["id"])
            counts[v] = counts.get(v, 0) + 1
        for v, c in counts.items():
            need(t.count(v) == c, "labelled value occurs %d times, labelled %d: %s" % (t.count(v), c, r["id"]))
            need(owner.setdefault(v, r["id"]) == r["id"], "value reused across records " + r["id"])
    stats["spans"] = nspans
    posvals = {sp["value"] for r in S for sp in r["secrets"]}
    # structured values
    crc = jwt = azk = 0
    for r in S + E:
        for sp in r["secrets"]:
            for v in [sp["value"], sp.get("plain")]:
                if v and re.fullmatch(r"(ghp_|npm_)\w+", v):
                    need(common.crc_token_ok(v), "bad CRC token " + r["id"])
                    crc += 1
            if r["source"] == "vendor" and sp["value"].startswith("eyJ") and sp["value"].count(".") == 2:
                need(common.jwt_ok(sp["value"]), "JWT segments do not decode " + r["id"])
                jwt += 1
            if sp["type"] == "azure_storage_account_key" and "plain" not in sp:
                need(len(base64.b64decode(sp["value"])) == 64, "azure key length " + r["id"])
                azk += 1
    stats["structured"] = (crc, jwt, azk)
    # evasions
    try:
        stats["selftests"] = gen_decoders.self_test()
    except AssertionError as e:
        raise CheckError("decoder self-test failed: %s" % (e,))
    plains = set()
    for r in E:
        need(len(r["secrets"]) == 1, "evasion span count " + r["id"])
        sp = r["secrets"][0]
        need("plain" in sp and sp.get("encoding") == r["encoding"], "evasion fields " + r["id"])
        keyed = gen_encodings.ENC[r["encoding"]][2]
        need(("encoding_key" in sp) == keyed, "encoding_key presence " + r["id"])
        key = sp.get("encoding_key")
        if keyed:
            outside = r["text"][:sp["start"]] + "\x00" + r["text"][sp["end"]:]
            need(key in outside, "key not stated outside span " + r["id"])
        need(gen_decoders.DEC[r["encoding"]](sp["value"], key) == sp["plain"], "decoder does not reproduce plain " + r["id"])
        need(sp["plain"] not in r["text"], "plain verbatim in text " + r["id"])
        need(sp["plain"] not in plains, "plain reused " + r["id"])
        need(sp["plain"] not in posvals, "plain is a positive value " + r["id"])
        plains.add(sp["plain"])
    evvals = {r["secrets"][0]["value"] for r in E}
    # negatives
    texts = set()
    docvals = {k: v[0] for k, v in gen_negatives.DOCS.items()}
    for r in N:
        t = r["text"]
        need(t not in texts, "duplicate negative text " + r["id"])
        texts.add(t)
        for v in posvals:
            need(len(v) < 6 or v not in t, "positive value in negative " + r["id"])
        for v in evvals | plains:
            need(v not in t, "evasion value / plain in negative " + r["id"])
        for m in common.CRC_RE.finditer(t):
            need(not common.crc_token_ok(m.group(0)), "checksum-valid token in negative " + r["id"])
        need("PRIVATE KEY" not in t, "private key in negative " + r["id"])
        if r["container"] in docvals:
            for v in docvals[r["container"]]:
                need(v in t, "documentation value missing " + r["id"])
    alltext = "".join(r["text"] for r in S + E)
    for k, vals in docvals.items():
        need(any(r["container"] == k for r in N), "missing doc record " + k)
        for v in vals:
            need(len(v) < 8 or v not in alltext, "documentation value in positive/evasion text " + k)
    for k, (f, expected) in gen_negatives.RECOMPUTED.items():
        need(f() == expected, "recomputed documentation value differs " + k)
    stats["deny"] = check_denylist(data, frozen)
    # counts
    by = lambda src: [r for r in S if r["source"] == src]
    ed = by("everyday")
    need(len(ed) == 240 and len({r["container"] for r in ed}) == 60, "everyday counts")
    need(all(sum(1 for r in ed if r["container"] == k) == 4 for k in {r["container"] for r in ed}), "4 per everyday kind")
    vd = by("vendor")
    need(190 <= len(vd) <= 215 and len({r["type"] for r in vd}) == len(vd), "vendor counts")
    need(len({r["container"].split("__")[1] for r in vd}) == 25, "vendor styles")
    pw = by("password")
    need(100 <= len(pw) <= 120 and len({r["type"] for r in pw}) == len(pw), "password counts")
    pr = by("prose")
    need(len(pr) == 40 and len({r["container"].split("__")[1] for r in pr}) == 40, "prose counts")
    need(len({r["container"].split("__")[0] for r in pr}) == 10, "prose formats")
    need(len(E) == 99 and len({r["encoding"] for r in E}) == 33, "evasion counts")
    need(all(sum(1 for r in E if r["encoding"] == e) == 3 for e in gen_encodings.ENC), "3 per encoding")
    need(len(N) >= 220 and len({r["class"] for r in N}) == 16, "negative counts")
    need(not (set(gen_encodings.ENC) ^ set(gen_decoders.DEC)), "encoder / decoder sets differ")
    return stats


def main(argv):
    if "--freeze" in argv:
        texts = [open(os.path.join(denylist.BRIEF_DIR, f), encoding="utf-8").read() for f in denylist.FILES]
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(denylist.extract(texts), f, ensure_ascii=False, indent=0)
        return
    a = serialize(generate())
    data = generate()
    b = serialize(data)
    need(a == b, "non-deterministic output")
    stats = check(data)
    import readme
    text = readme.render(data, stats)
    outdir = argv[argv.index("--out") + 1] if "--out" in argv else OUT
    for name in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(b[name])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print("ok", {k: len(v) for k, v in data.items()}, stats)


if __name__ == "__main__":
    main(sys.argv[1:])
