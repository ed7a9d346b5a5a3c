#!/usr/bin/env python3
"""Build corpus p83 (backend and microservice developers). Stdlib only, fixed seeds, no clock/network.
Generates everything twice, compares bytes, runs all checks and mutation tests, then writes."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from enc83 import ENC
from dec83 import DEC
import readme83

DOC_VALUES = ["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "mF_9.B5f-4.1JqM", "admin-secret", "guest:guest"]


def generate():
    dl = denylist.load()
    used = common.Used()
    raw = gen_everyday.generate(used) + gen_vendor.generate(used) + gen_passwords.generate(used)
    prose, langs, excluded = gen_prose.generate(used, dl, denylist.lang_ok)
    raw += prose
    pos = [common.pos_record("p83-s-%04d" % (i + 1), t, c, tm, v, src) for i, (src, t, c, tm, v) in enumerate(raw)]
    ev = gen_evasions.generate(used)
    evs = []
    for i, e in enumerate(ev):
        evs.append({"id": "p83-e-%04d" % (i + 1), "type": e["type"], "container": e["container"], "text": e["text"],
                    "encoding": e["encoding"], "secrets": e["secrets"], "source": "evasion"})
    neg = [dict(id="p83-n-%04d" % (i + 1), **n) for i, n in enumerate(gen_negatives.generate())]
    meta = {"langs": langs, "excluded": excluded, "dl": dl}
    return pos, evs, neg, meta


def own_names():
    """Every name this corpus introduces, by category (checked against the deny-list)."""
    n = {}
    n["everyday container kind"] = sorted(gen_everyday.CONTAINERS)
    n["everyday span type"] = sorted(gen_everyday.TYPES)
    n["vendor type"] = [v[0] for v in gen_vendor.V]
    n["vendor style"] = [s[0] for s in gen_vendor.STYLES]
    n["password syntax"] = [p[0] for p in gen_passwords.P]
    n["password suffix"] = sorted(gen_passwords.SUFFIX.values())
    n["prose format"] = [f[0] for f in gen_prose.FORMATS]
    n["prose span type"] = [gen_prose.SPAN_TYPE]
    n["encoding"] = sorted(ENC)
    n["evasion wording"] = sorted(gen_evasions.WORDINGS)
    n["negative class"] = sorted(gen_negatives.CLASSES) + [gen_negatives.DOC_CLASS]
    n["negative base kind"] = [k for c in gen_negatives.CLASSES.values() for k, _ in c]
    n["negative wrapper"] = sorted(gen_negatives.WRAPPERS)
    n["documentation kind"] = [k for k, _ in gen_negatives.doc_records()]
    return n


def count_overlapping(text, v):
    c, i = 0, text.find(v)
    while i >= 0:
        c += 1
        i = text.find(v, i + 1)
    return c


def check(pos, evs, neg, meta):
    errs = []
    dl = meta["dl"]
    idre = {"s": re.compile(r"p83-s-\d{4}$"), "e": re.compile(r"p83-e-\d{4}$"), "n": re.compile(r"p83-n-\d{4}$")}
    ids = [r["id"] for r in pos + evs + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for k, recs in (("s", pos), ("e", evs), ("n", neg)):
        for r in recs:
            if not idre[k].match(r["id"]):
                errs.append("bad id " + r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r:
                errs.append("json round trip " + r["id"])
    all_vals = []  # (record id, value)
    for r in pos + evs:
        t = r["text"]
        if common.MARK in t or "\x00" in t:
            errs.append("marker/NUL in " + r["id"])
        if r["type"] != r["secrets"][0]["type"]:
            errs.append("type mismatch " + r["id"])
        for sp in r["secrets"]:
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v:
                errs.append("offset " + r["id"])
            if v != v.strip():
                errs.append("edge whitespace " + r["id"])
            if count_overlapping(t, v) != sum(1 for x in r["secrets"] if x["value"] == v):
                errs.append("extra occurrence " + r["id"])
            all_vals.append((r["id"], v))
            if "plain" in sp:
                all_vals.append((r["id"], sp["plain"]))
    seen = {}
    for rid, v in all_vals:
        if v in seen and seen[v] != rid:
            errs.append("value reused %s %s" % (rid, seen[v]))
        seen[v] = rid
    texts = [(r["id"], r["text"]) for r in pos + evs + neg]
    long_vals = [(rid, v) for rid, v in all_vals if len(v) >= 6]
    big = "\n\x01".join(t for _, t in texts)
    for rid, v in long_vals:
        if big.count(v) > 1 or any(v in t for i2, t in texts if i2 != rid):
            if any(v in t for i2, t in texts if i2 != rid):
                errs.append("value of %s occurs in another record" % rid)
    # evasions
    for r in evs:
        sp = r["secrets"][0]
        if set(sp) != {"value", "start", "end", "type", "plain", "encoding"}:
            errs.append("span fields " + r["id"])
        try:
            if DEC[sp["encoding"]](sp["value"]) != sp["plain"]:
                errs.append("decode mismatch " + r["id"])
        except Exception as ex:  # noqa
            errs.append("decode error %s %s" % (r["id"], ex))
        if sp["plain"] in r["text"]:
            errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            errs.append("plain alphabet " + r["id"])
        if r["encoding"] != sp["encoding"]:
            errs.append("encoding field " + r["id"])
    if set(ENC) != set(DEC):
        errs.append("encoder/decoder sets differ")
    from collections import Counter
    ce = Counter(r["encoding"] for r in evs)
    if len(ce) != 22 or set(ce.values()) != {3}:
        errs.append("evasion counts")
    # negatives
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("duplicate negative text")
    for r in neg:
        if "PRIVATE KEY" in r["text"]:
            errs.append("private key armour in negative " + r["id"])
    negtext = "\n".join(r["text"] for r in neg)
    postext = "\n".join(r["text"] for r in pos + evs)
    for d in DOC_VALUES:
        if d not in negtext or d in postext:
            errs.append("documentation value placement " + d)
    # deny-list
    for cat, names in own_names().items():
        for nm in names:
            hit = denylist.overlaps(nm, dl)
            if hit:
                errs.append("deny-list overlap (%s) %s: %s" % (cat, nm, hit))
    for r in pos + evs + neg:
        hit = denylist.overlaps(r["container"], dl)
        if hit:
            errs.append("deny-listed container %s %s" % (r["id"], hit))
    codes = [c for c, _, _ in meta["langs"]]
    if len(set(codes)) != 40:
        errs.append("need 40 languages")
    for c, nm, _ in meta["langs"]:
        if not denylist.lang_ok(c, nm, dl):
            errs.append("deny-listed language " + c)
    for r in pos:
        if r["source"] == "prose" and r["container"].split("__")[-1] not in codes:
            errs.append("prose container language " + r["id"])
    # counts
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180 or len({r["container"] for r in pos if r["source"] == "everyday"}) != 45:
        errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 140 or src["prose"] != 40:
        errs.append("counts %s" % dict(src))
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16:
        errs.append("negative counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]
    pt = [r["type"] for r in pos if r["source"] == "password"]
    et = {r["type"] for r in pos if r["source"] == "everyday"}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et:
        errs.append("span type uniqueness")
    return errs


def mutations(pos, evs, neg, meta):
    """Each mutation must be caught by check()."""
    M = []
    def m(name, f):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        f(p, e, n)
        M.append((name, bool(check(p, e, n, meta))))
    m("shifted start", lambda p, e, n: p[3]["secrets"][0].__setitem__("start", p[3]["secrets"][0]["start"] + 1))
    m("shortened end", lambda p, e, n: p[200]["secrets"][0].__setitem__("end", p[200]["secrets"][0]["end"] - 1))
    m("positive value in a negative", lambda p, e, n: n[5].__setitem__("text", n[5]["text"] + p[10]["secrets"][0]["value"]))
    m("wrong plain", lambda p, e, n: e[7]["secrets"][0].__setitem__("plain", e[7]["secrets"][0]["plain"] + "x"))
    m("extra occurrence", lambda p, e, n: p[300].__setitem__("text", p[300]["text"] + " " + p[300]["secrets"][0]["value"]))
    m("plain in a negative", lambda p, e, n: n[9].__setitem__("text", n[9]["text"] + e[2]["secrets"][0]["plain"]))
    m("duplicate negative", lambda p, e, n: n[1].__setitem__("text", n[0]["text"]))
    m("plain verbatim in its text", lambda p, e, n: e[4].__setitem__("text", e[4]["text"] + e[4]["secrets"][0]["plain"]))
    m("p81 encoding as a negative container", lambda p, e, n: n[2].__setitem__("container", "rail_fence_two_rails"))
    m("private-key armour in a negative", lambda p, e, n: n[3].__setitem__("text", "-----BEGIN OPENSSH PRIVATE KEY-----\n"))
    m("wrong id prefix", lambda p, e, n: p[0].__setitem__("id", "p82-s-0001"))
    m("deny-listed language ita as prose container part", lambda p, e, n: [r.__setitem__("container", r["container"].rsplit("__", 1)[0] + "__ita") for r in p if r["source"] == "prose"][:1])
    m("value copied into another record", lambda p, e, n: p[1].__setitem__("text", p[1]["text"] + "\n" + p[150]["secrets"][0]["value"]))
    m("p78 everyday container reused", lambda p, e, n: p[0].__setitem__("container", "flyway_conf_file"))
    m("documentation value in a positive", lambda p, e, n: p[20].__setitem__("text", p[20]["text"] + " mF_9.B5f-4.1JqM"))
    return M


def render(pos, evs, neg, meta, muts):
    files = {"secrets.jsonl": common.dumps(pos), "evasions.jsonl": common.dumps(evs), "negatives.jsonl": common.dumps(neg)}
    files["README.md"] = readme83.render(pos, evs, neg, meta, muts, own_names())
    return files


def main():
    a = generate(); b = generate()
    errs = check(*a)
    if errs:
        print("\n".join(errs[:50])); raise SystemExit("checks failed (%d)" % len(errs))
    muts = mutations(*a)
    missed = [n for n, caught in muts if not caught]
    if missed:
        raise SystemExit("mutations not caught: %s" % missed)
    fa, fb = render(*a, muts), render(*b, mutations(*b))
    if fa != fb:
        raise SystemExit("non-deterministic output")
    for name, data in fa.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(data)
    pos, evs, neg, _ = a
    print("ok: %d positives, %d evasions, %d negatives, %d mutations caught" % (len(pos), len(evs), len(neg), len(muts)))


if __name__ == "__main__":
    main()
