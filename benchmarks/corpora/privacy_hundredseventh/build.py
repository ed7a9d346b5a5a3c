#!/usr/bin/env python3
"""Build corpus p107 (privacy_hundredseventh). Stdlib only, fixed seeds, no clock / network.
Generates everything twice, compares bytes, runs checks and mutation tests, then writes."""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common107 as C
import gen_everyday107 as EV, gen_vendor107 as VE, gen_passwords107 as PW, gen_prose107 as PR
import gen_evasions107 as EVA, gen_negatives107 as NE, enc107, dec107, readme107

OUT = os.path.dirname(os.path.abspath(__file__))
DENY = C.load_denylist()
DN = set(DENY["names"])


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def pick_languages():
    names, codes, langs, words = DN, set(DENY["codes"]), set(DENY["langs"]), set(DENY["words"])
    used, excluded = [], []
    for L in PR.LANGS:
        code, c1, name, _ = L
        bad = code in names or code in codes or (c1 and (c1 in names or c1 in codes)) or \
            any(w in langs or w in words for w in name.lower().split())
        (excluded if bad else used).append(L)
    return used[:40], excluded, used[40:]


def generate():
    langs, excl, spare = pick_languages()
    pos = EV.generate() + VE.generate() + PW.generate() + PR.generate(langs)
    for i, r in enumerate(pos):
        r["id"] = "p107-s-%04d" % (i + 1)
    eva = EVA.generate()
    for i, r in enumerate(eva):
        r["id"] = "p107-e-%04d" % (i + 1)
    neg = NE.generate()
    for i, r in enumerate(neg):
        r["id"] = "p107-n-%04d" % (i + 1)
    order_p = ["id", "type", "container", "text", "secrets", "source"]
    order_e = ["id", "type", "container", "encoding", "text", "secrets", "source"]
    order_n = ["id", "class", "container", "text", "source"]
    pos = [{k: r[k] for k in order_p} for r in pos]
    eva = [{k: r[k] for k in order_e} for r in eva]
    neg = [{k: r[k] for k in order_n} for r in neg]
    return pos, eva, neg, {"langs": langs, "excluded": excl, "spare": spare}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def deny_hit(name):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in DN]


def own_names():
    return {
        "everyday_kind": EV.KINDS, "everyday_type": EV.TYPE_NAMES,
        "vendor_type": VE.TYPE_NAMES, "vendor_style": VE.STYLE_NAMES,
        "password_syntax": PW.TYPE_NAMES, "password_suffix": PW.SUFFIXES,
        "prose_format": PR.FORMAT_NAMES, "prose_type": [PR.SPAN_TYPE],
        "encoding": list(enc107.ENC), "evasion_wording": EVA.WORDING_NAMES,
        "negative_class": list(NE.CLASSES), "negative_base": NE.BASE_KIND_NAMES, "negative_wrap": NE.WRAP_NAMES,
    }


def check(pos, eva, neg, meta):
    idre = {"s": re.compile(r"^p107-s-\d{4}$"), "e": re.compile(r"^p107-e-\d{4}$"), "n": re.compile(r"^p107-n-\d{4}$")}
    ids = [r["id"] for r in pos + eva + neg]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in pos:
        need(idre["s"].match(r["id"]), "bad id " + r["id"])
        need(set(r) == {"id", "type", "container", "text", "secrets", "source"}, "fields " + r["id"])
    for r in eva:
        need(idre["e"].match(r["id"]), "bad id " + r["id"])
        need(set(r) == {"id", "type", "container", "encoding", "text", "secrets", "source"}, "fields " + r["id"])
    for r in neg:
        need(idre["n"].match(r["id"]), "bad id " + r["id"])
        need(set(r) == {"id", "class", "container", "text", "source"}, "fields " + r["id"])
    for r in pos + eva + neg:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, "json round trip")
        t = r["text"]
        need(not any(0xE000 <= ord(c) <= 0xF8FF for c in t) and "\x00" not in t, "slot marker/NUL " + r["id"])
        need("PRIVATE KEY" not in t, "private key armour " + r["id"])
    values, plains = [], []
    for r in pos + eva:
        need(r["type"] == r["secrets"][0]["type"], "type != first span type " + r["id"])
        for sp in r["secrets"]:
            v = sp["value"]
            need(r["text"][sp["start"]:sp["end"]] == v, "offset " + r["id"])
            need(v == v.strip() and v, "edge whitespace " + r["id"])
            labelled = sum(1 for x in r["secrets"] if x["value"] == v)
            need(C.count_overlapping(r["text"], v) == labelled, "occurrence count " + r["id"])
            values.append((r["id"], v))
            if "plain" in sp:
                plains.append((r["id"], sp["plain"]))
    allv = [v for _, v in values] + [p for _, p in plains]
    need(len(allv) == len(set(allv)), "labelled value or plain reused")
    texts = [(r["id"], r["text"]) for r in pos + eva] + [(r["id"], r["text"]) for r in neg]
    for rid, v in values + plains:
        for tid, t in texts:
            if tid != rid and v in t:
                raise CheckError("value of %s appears in %s" % (rid, tid))
    # evasions
    encs = {}
    for r in eva:
        sp = r["secrets"][0]
        need(len(r["secrets"]) == 1 and sp["encoding"] == r["encoding"], "evasion span " + r["id"])
        need(dec107.decode(r["encoding"], sp["value"]) == sp["plain"], "decode " + r["id"])
        rule = enc107.ENC[r["encoding"]][1]
        need(r["text"].find(rule) != -1 and r["text"].find(rule) + len(rule) <= sp["start"], "rule before run " + r["id"])
        need(sp["plain"] not in r["text"], "plain verbatim " + r["id"])
        need(re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]), "plain alphabet " + r["id"])
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    need(len(encs) == 22 and set(encs.values()) == {3}, "encoder use")
    # negatives
    need(len({r["text"] for r in neg}) == len(neg), "duplicate negative text")
    need(len({r["class"] for r in neg}) == 16 and len(neg) >= 180, "negative classes/count")
    # deny-list
    for cat, names in own_names().items():
        need(len(names) == len(set(n.lower() for n in names)), "own names not unique in " + cat)
        for n in names:
            h = deny_hit(n)
            need(not h, "deny-list overlap %s %s %s" % (cat, n, h))
    for r in pos + eva:
        for x in [r["container"], r["type"]] + [s["type"] for s in r["secrets"]] + ([r["encoding"]] if "encoding" in r else []):
            need(not deny_hit(x), "deny-list overlap in record %s: %s" % (r["id"], x))
    for r in neg:
        for x in (r["class"], r["container"]):
            need(not deny_hit(x), "deny-list overlap in record %s: %s" % (r["id"], x))
    # languages
    langs = meta["langs"]
    need(len(langs) == 40 and len({l[0] for l in langs}) == 40, "40 prose languages")
    for code, c1, name, _ in langs:
        need(code not in DN and code not in DENY["codes"], "language code deny " + code)
        need(not c1 or (c1 not in DN and c1 not in DENY["codes"]), "language code deny " + c1)
        for w in name.lower().split():
            need(w not in DENY["langs"] and w not in DENY["words"], "language word deny " + w)
    # counts and disjointness
    src = lambda s: [r for r in pos if r["source"] == s]
    need(len(src("everyday")) == 180 and len(EV.KINDS) == 45, "everyday count")
    need(100 <= len(src("vendor")) <= 140, "vendor count")
    need(90 <= len(src("password")) <= 125, "password count")
    need(len(src("prose")) == 40, "prose count")
    need(len(eva) == 66, "evasion count")
    e, v, p = set(EV.TYPE_NAMES), set(VE.TYPE_NAMES), set(PW.TYPE_NAMES)
    need(not (e & v) and not (e & p) and not (v & p) and PR.SPAN_TYPE not in e | v | p, "span types not disjoint")
    need(len(VE.TYPE_NAMES) == len(set(VE.TYPE_NAMES)) and len(PW.TYPE_NAMES) == len(set(PW.TYPE_NAMES)), "dup types")


def mutation_tests(pos, eva, neg, meta):
    def must_fail(fn, label):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        fn(P, E, N)
        try:
            check(P, E, N, meta)
        except CheckError:
            return
        raise SystemExit("mutation not caught: " + label)
    must_fail(lambda P, E, N: P[0]["secrets"][0].__setitem__("start", P[0]["secrets"][0]["start"] + 1), "shifted start")
    must_fail(lambda P, E, N: N[0].__setitem__("text", N[0]["text"] + " " + P[3]["secrets"][0]["value"]), "value in negative")
    must_fail(lambda P, E, N: E[0]["secrets"][0].__setitem__("plain", E[0]["secrets"][0]["plain"] + "x"), "wrong plain")
    must_fail(lambda P, E, N: P[1].__setitem__("text", P[1]["text"] + P[1]["secrets"][0]["value"]), "extra occurrence")
    must_fail(lambda P, E, N: N.append(dict(N[0], id="p107-n-9999")), "duplicate negative")
    must_fail(lambda P, E, N: N[2].__setitem__("text", N[2]["text"] + "\n-----BEGIN PRIVATE KEY-----"), "private key armour")
    must_fail(lambda P, E, N: N[3].__setitem__("container", "bacon_ab_octets"), "p105 encoding as container")
    must_fail(lambda P, E, N: P[4].__setitem__("id", "p106-s-0005"), "wrong id prefix")
    must_fail(lambda P, E, N: P[5].__setitem__("container", "garmin_push_receiver_dotenv"), "p105 everyday container")
    must_fail(lambda P, E, N: P[6].__setitem__("container", "x__leasing_team_whatsapp_export"), "p106 prose format as part")
    must_fail(lambda P, E, N: P[7].__setitem__("text", P[7]["text"] + " " + E[1]["secrets"][0]["plain"]), "plain leaked")
    must_fail(lambda P, E, N: E[2].__setitem__("text", E[2]["text"].replace(enc107.ENC[E[2]["encoding"]][1], "as usual")), "rule removed")
    bad_meta = dict(meta, langs=meta["langs"][:39] + [("isl", "is", "Icelandic", "x")])
    P, E, N = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
    try:
        check(P, E, N, bad_meta)
        raise SystemExit("mutation not caught: deny-listed language isl")
    except CheckError:
        pass
    return 13


def main():
    a = generate()
    b = generate()
    ja = [dumps(x) for x in a[:3]]
    jb = [dumps(x) for x in b[:3]]
    if ja != jb:
        raise SystemExit("non-deterministic JSONL")
    pos, eva, neg, meta = a
    try:
        check(pos, eva, neg, meta)
    except CheckError as e:
        raise SystemExit("CHECK FAILED: %s" % e)
    nmut = mutation_tests(pos, eva, neg, meta)
    ra = readme107.render(pos, eva, neg, meta, DENY, nmut)
    rb = readme107.render(*b[:4], DENY, nmut)
    if ra != rb:
        raise SystemExit("non-deterministic README")
    for fn, data in (("secrets.jsonl", ja[0]), ("evasions.jsonl", ja[1]), ("negatives.jsonl", ja[2]), ("README.md", ra)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests" % (len(pos), len(eva), len(neg), nmut))


if __name__ == "__main__":
    main()
