"""All corpus checks; raise CheckError on the first failure."""
import json, re
import denylist
from gen_decoders import DEC, self_test
from gen_encodings import ENC
import gen_negatives


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1; i = text.find(v, i + 1)
    return n


def check_records(pos, eva, neg):
    idre = {"s": re.compile(r"^p52-s-\d{4}$"), "e": re.compile(r"^p52-e-\d{4}$"), "n": re.compile(r"^p52-n-\d{4}$")}
    ids = set()
    for k, recs in (("s", pos), ("e", eva), ("n", neg)):
        for r in recs:
            need(idre[k].match(r["id"]), "bad id %s" % r["id"])
            need(r["id"] not in ids, "duplicate id %s" % r["id"]); ids.add(r["id"])
            need(json.loads(json.dumps(r, ensure_ascii=False)) == r, "json round trip")
            need("\u27e6" not in r["text"] and "\u27e7" not in r["text"] and "\0" not in r["text"], "marker/NUL left in %s" % r["id"])
    pool = {}
    for r in pos + eva:
        t = r["text"]; sp = r["secrets"]
        need(sp and r["type"] == sp[0]["type"], "type != first span type in %s" % r["id"])
        need(sp == sorted(sp, key=lambda x: (x["start"], x["end"])), "spans unsorted %s" % r["id"])
        per = {}
        for x in sp:
            need(t[x["start"]:x["end"]] == x["value"], "offset mismatch in %s" % r["id"])
            need(x["value"] == x["value"].strip() and x["value"], "edge whitespace in %s" % r["id"])
            per[x["value"]] = per.get(x["value"], 0) + 1
        for v, n in per.items():
            need(count_overlapping(t, v) == n, "value occurs %d times but labelled %d in %s" % (count_overlapping(t, v), n, r["id"]))
            need(v not in pool or pool[v] == r["id"], "value reused across %s and %s" % (pool.get(v), r["id"])); pool[v] = r["id"]
    # evasions
    self_test()
    need(set(ENC) == set(DEC) and len(ENC) == 22, "encoder/decoder sets differ")
    per_enc = {}
    plains = set()
    posvals = {x["value"] for r in pos for x in r["secrets"]}
    for r in eva:
        x = r["secrets"][0]
        need(len(r["secrets"]) == 1 and x["encoding"] == r["encoding"], "evasion span encoding %s" % r["id"])
        got = DEC[x["encoding"]](r["text"][:x["start"]], x["value"])
        need(got == x["plain"], "decode mismatch in %s" % r["id"])
        need(x["plain"] not in r["text"], "plain verbatim in %s" % r["id"])
        need(x["plain"] not in plains and x["plain"] not in posvals, "plain reused %s" % r["id"]); plains.add(x["plain"])
        need(re.fullmatch(r"[A-Za-z0-9_-]+", x["plain"]), "plain alphabet %s" % r["id"])
        per_enc[r["encoding"]] = per_enc.get(r["encoding"], 0) + 1
    need(set(per_enc) == set(ENC) and set(per_enc.values()) == {3}, "3 records per encoding")
    # negatives
    texts = set()
    secret_like = [v for v in posvals | plains if len(v) >= 6]
    for r in neg:
        need(r["text"] not in texts, "duplicate negative text %s" % r["id"]); texts.add(r["text"])
        need("PRIVATE KEY" not in r["text"], "private key in negative %s" % r["id"])
        for v in secret_like:
            need(v not in r["text"], "positive value / plain in negative %s" % r["id"])
    docs = gen_negatives.doc_values()
    alltext_pos = "\n".join(r["text"] for r in pos + eva)
    negtext = "\n".join(r["text"] for r in neg)
    for v in docs.values():
        need(v in negtext and v not in alltext_pos, "documentation value placement %s" % v)


def own_names(pos, eva, neg, extra):
    names = set(extra)
    for r in pos + eva + neg:
        names.update(r["container"].split("__"))
    for r in pos:
        if r["source"] in ("vendor", "password", "prose"):
            names.add(r["type"])
    for r in eva:
        names.add(r["encoding"])
    names.update(r["class"] for r in neg if r["class"] in ("threat_intel_indicator", "secret_detection_rule_pattern"))
    # prose language codes are checked separately
    from gen_prose import LANGS
    names -= {c for c, _, _ in LANGS}
    return sorted(names)


def check_deny(pos, eva, neg, extra, langs, d):
    names = own_names(pos, eva, neg, extra)
    bad = denylist.overlaps(names, d)
    need(not bad, "deny-list overlap: %s" % bad[:5])
    for code, name, _ in langs:
        need(denylist.language_ok(code, name, d), "language reused: %s (%s)" % (code, name))
    return len(names)


def check_counts(pos, eva, neg):
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    ev = src["everyday"]
    kinds = {}
    for r in ev:
        kinds[r["container"]] = kinds.get(r["container"], 0) + 1
    need(len(ev) == 180 and len(kinds) == 45 and set(kinds.values()) == {4}, "everyday 45 x 4")
    need(100 <= len(src["vendor"]) <= 140, "vendor count")
    need(90 <= len(src["password"]) <= 120, "password count")
    need(len(src["prose"]) == 40 and len({r["container"].split("__")[1] for r in src["prose"]}) == 40, "prose 40 languages")
    need(len(eva) == 66, "66 evasions")
    need(len(neg) >= 180 and len({r["class"] for r in neg}) == 16, "negatives >= 180 in 16 classes")
    vt = [r["type"] for r in src["vendor"]]; pt = [r["type"] for r in src["password"]]
    need(len(set(vt)) == len(vt) and len(set(pt)) == len(pt) and not set(vt) & set(pt), "vendor/password types unique and disjoint")
    everyday_types = {x["type"] for r in ev for x in r["secrets"]}
    need(not (set(vt) | set(pt)) & everyday_types, "vendor/password types collide with everyday types")
