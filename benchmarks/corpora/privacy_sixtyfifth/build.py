"""Build the p65 corpus: generate twice, check everything, run mutation tests, then write."""
import copy, json, os, re, sys
from common import *
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings
from gen_decoders import DEC

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES, LANGS, WORDS = denylist.load()
KEEP_VENDOR = 122      # scale to the brief (~120)
KEEP_PASSWORD = 105    # scale to the brief (~100)


def _trim(items, keep):
    """Deterministic thinning that keeps every category represented."""
    if len(items) <= keep:
        return items
    drop = len(items) - keep
    step = len(items) / drop
    idx = {int(i * step + step / 2) for i in range(drop)}
    return [x for i, x in enumerate(items) if i not in idx]


def generate():
    pool = Pool()
    ev = gen_everyday.build(pool)
    ve = _trim(gen_vendor.build(pool), KEEP_VENDOR)
    pw = _trim(gen_passwords.build(pool), KEEP_PASSWORD)
    pr, langs_used = gen_prose.build(pool, NAMES, LANGS, WORDS)
    evs = gen_evasions.build(pool)
    negs = gen_negatives.build()
    secrets = []
    for i, r in enumerate(ev + ve + pw + pr, 1):
        rec = make_record("%s-s-%04d" % (PFX, i), r["type"], r["container"], r["text"], r["value"], r["source"])
        secrets.append(rec)
    evasions = []
    for i, r in enumerate(evs, 1):
        s = r["start"]
        span = {"value": r["value"], "start": s, "end": s + len(r["value"]), "type": r["type"], "plain": r["plain"], "encoding": r["encoding"]}
        evasions.append({"id": "%s-e-%04d" % (PFX, i), "type": r["type"], "container": r["container"], "text": r["text"],
                         "secrets": [span], "source": "evasion", "encoding": r["encoding"]})
    negatives = []
    for i, r in enumerate(negs, 1):
        negatives.append({"id": "%s-n-%04d" % (PFX, i), "class": r["cls"], "container": r["container"], "text": r["text"], "source": "negative"})
    meta = {"langs": langs_used[:40], "vendor": ve, "password": pw, "prose": pr}
    return secrets, evasions, negatives, meta


def own_names():
    """Every name this corpus introduces (the deny-list applies to all of them)."""
    n = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES)
    n |= {t for t, _, _ in gen_vendor.V} | set(gen_vendor.STYLES)
    n |= {t for t, _, _ in gen_passwords.S} | set(gen_passwords.SUFFIX.values())
    n |= {f for f, _ in gen_prose.FORMATS} | {gen_prose.SPAN_TYPE}
    n |= set(gen_encodings.NAMES) | set(gen_evasions.WORDINGS)
    for c in gen_negatives.BASES:
        n |= set(gen_negatives.BASES[c])
    n |= {w.lstrip("_") for w in gen_negatives.WRAPPERS if w}
    n |= {k for k, _, _ in gen_negatives.doc_values()}
    n |= {"vehicle_identification_number", "can_frame_or_diagnostic_payload"}
    return n


REPEATED_OK = set(gen_everyday.TYPES) - set(gen_everyday.NEW_TYPES)


def check(secrets, evasions, negatives, meta=None):
    errs = []
    ids = set()
    alltext_vals = []
    for rec in secrets + evasions + negatives:
        if rec["id"] in ids:
            errs.append("dup id " + rec["id"])
        ids.add(rec["id"])
        kind = rec["id"].split("-")[1]
        if not re.fullmatch(PFX + r"-[sen]-\d{4}", rec["id"]):
            errs.append("bad id " + rec["id"])
        if json.loads(dumps(rec)) != rec:
            errs.append("json " + rec["id"])
        for part in [rec["container"]] + rec["container"].split("__"):
            p = part.lower()
            if p and p in NAMES and p not in REPEATED_OK:
                errs.append("deny-listed container part %s in %s" % (p, rec["id"]))
    labelled = {}
    for rec in secrets + evasions:
        t = rec["text"]
        if "\ue000" in t or "\0" in t:
            errs.append("marker " + rec["id"])
        sp = rec["secrets"]
        if rec["type"] != sp[0]["type"]:
            errs.append("type " + rec["id"])
        for s in sp:
            v = s["value"]
            if t[s["start"]:s["end"]] != v:
                errs.append("slice " + rec["id"])
            if v != v.strip():
                errs.append("edge ws " + rec["id"])
            if count_overlapping(t, v) != sum(1 for x in sp if x["value"] == v):
                errs.append("occurrence count " + rec["id"])
            if v in labelled:
                errs.append("value reused " + rec["id"])
            labelled[v] = rec["id"]
    plains = {}
    encs = {}
    for rec in evasions:
        s = rec["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}:
            errs.append("evasion fields " + rec["id"])
        try:
            got = DEC[s["encoding"]](rec["text"][:s["start"]], s["value"])
        except Exception as e:  # noqa
            got = "<%s>" % e
        if got != s["plain"]:
            errs.append("decode " + rec["id"])
        if s["plain"] in rec["text"]:
            errs.append("plain verbatim " + rec["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            errs.append("plain alphabet " + rec["id"])
        if s["plain"] in plains or s["plain"] in labelled:
            errs.append("plain reused " + rec["id"])
        plains[s["plain"]] = rec["id"]
        encs[s["encoding"]] = encs.get(s["encoding"], 0) + 1
    if set(encs) != set(DEC) or set(DEC) != set(gen_encodings.NAMES) or any(c != 3 for c in encs.values()):
        errs.append("encoding coverage")
    ntexts = set()
    docvals = [v for _, v, _ in gen_negatives.doc_values()]
    for rec in negatives:
        t = rec["text"]
        if t in ntexts:
            errs.append("dup negative " + rec["id"])
        ntexts.add(t)
        if "PRIVATE KEY" in t:
            errs.append("private key " + rec["id"])
        for v in list(labelled) + list(plains):
            if len(v) >= 6 and v in t:
                errs.append("secret in negative " + rec["id"])
    for dv in docvals:
        if not any(dv in r["text"] for r in negatives):
            errs.append("doc value missing")
        if any(dv in r["text"] for r in secrets + evasions):
            errs.append("doc value in positives")
    # own names vs deny-list
    for n in own_names():
        for p in denylist.overlaps(n, NAMES):
            errs.append("deny-listed name %s (%s)" % (n, p))
    if meta:
        for code, name, *_ in meta["langs"]:
            if code in NAMES or code in LANGS or code in WORDS or any(w.lower() in WORDS or w.lower() in LANGS for w in name.split()):
                errs.append("deny-listed language " + code)
        src = {}
        for r in secrets:
            src[r["source"]] = src.get(r["source"], 0) + 1
        if src.get("everyday") != 180 or len({r["container"] for r in secrets if r["source"] == "everyday"}) != 45:
            errs.append("everyday counts")
        if not 100 <= src.get("vendor", 0) <= 140 or not 90 <= src.get("password", 0) <= 125:
            errs.append("vendor/password counts")
        if src.get("prose") != 40 or len({x[0] for x in meta["langs"]}) != 40:
            errs.append("prose counts")
        if len(evasions) != 66 or len(negatives) < 180 or len({r["class"] for r in negatives}) != 16:
            errs.append("evasion/negative counts")
        vt = [r["type"] for r in secrets if r["source"] == "vendor"]
        pt = [r["type"] for r in secrets if r["source"] == "password"]
        et = set(r["type"] for r in secrets if r["source"] == "everyday")
        if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
            errs.append("type uniqueness")
    return errs


def mutation_tests(secrets, evasions, negatives):
    def m(fn):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives)
        fn(s, e, n)
        return check(s, e, n)
    tests = {
        "shifted start": lambda s, e, n: s[3]["secrets"][0].__setitem__("start", s[3]["secrets"][0]["start"] + 1),
        "short end": lambda s, e, n: s[200]["secrets"][0].__setitem__("end", s[200]["secrets"][0]["end"] - 1),
        "positive value in negative": lambda s, e, n: n[5].__setitem__("text", n[5]["text"] + s[7]["secrets"][0]["value"]),
        "wrong plain": lambda s, e, n: e[4]["secrets"][0].__setitem__("plain", e[4]["secrets"][0]["plain"] + "x"),
        "extra occurrence": lambda s, e, n: s[9].__setitem__("text", s[9]["text"] + " " + s[9]["secrets"][0]["value"]),
        "plain in negative": lambda s, e, n: n[8].__setitem__("text", n[8]["text"] + e[2]["secrets"][0]["plain"]),
        "dup negative": lambda s, e, n: n[10].__setitem__("text", n[11]["text"]),
        "plain verbatim in evasion": lambda s, e, n: e[6].__setitem__("text", e[6]["text"] + " " + e[6]["secrets"][0]["plain"]),
        "deny-listed container part": lambda s, e, n: s[0].__setitem__("container", s[0]["container"] + "__ota_update_state_script"),
        "deny-listed style container": lambda s, e, n: n[0].__setitem__("container", "compose_env_file_line"),
        "truncated run": lambda s, e, n: [e[12]["secrets"][0].__setitem__(k, v) for k, v in (("value", e[12]["secrets"][0]["value"][:-2]), ("end", e[12]["secrets"][0]["end"] - 2))],
        "private key armour": lambda s, e, n: n[3].__setitem__("text", n[3]["text"] + "-----BEGIN OPENSSH PRIVATE KEY-----"),
        "bad id": lambda s, e, n: s[1].__setitem__("id", "p64-s-0002"),
    }
    for name, fn in tests.items():
        if not m(fn):
            raise SystemExit("mutation not caught: " + name)
    # deny-listed language
    fake = {"langs": [("fi", "Finnish", "Latin")] * 40}
    assert any("language" in x for x in check(secrets, evasions, negatives, fake)), "language mutation"
    return len(tests) + 1


def serialise(secrets, evasions, negatives, meta):
    import readme
    files = {f: "".join(dumps(r) + "\n" for r in recs) for f, recs in
             (("secrets.jsonl", secrets), ("evasions.jsonl", evasions), ("negatives.jsonl", negatives))}
    files["README.md"] = readme.render(secrets, evasions, negatives, meta, NAMES, LANGS, WORDS)
    return files


def main():
    a = generate()
    b = generate()
    fa, fb = serialise(*a), serialise(*b)
    if fa != fb:
        raise SystemExit("non-deterministic output")
    errs = check(*a)
    if errs:
        print("\n".join(errs[:60]))
        raise SystemExit("%d check failures" % len(errs))
    n = mutation_tests(*a[:3])
    for f, data in fa.items():
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(data)
    s, e, ng, _ = a
    print("ok: secrets %d evasions %d negatives %d; %d mutation tests caught" % (len(s), len(e), len(ng), n))


if __name__ == "__main__":
    main()
