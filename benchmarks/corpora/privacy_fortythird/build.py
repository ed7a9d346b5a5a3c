#!/usr/bin/env python3
"""Build privacy_fortythird (p43). Python 3 stdlib only, deterministic, no network / clock / environment."""
import copy, json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_encodings, gen_decoders, gen_evasions, gen_negatives, readme
from common import Pool, dumps

NN = "43"

def select_languages(frozen):
    ok, dropped = [], []
    for c, n, s in gen_prose.LANGS:
        (ok if denylist.language_ok(c, n, frozen) else dropped).append((c, n, s))
    return ok[:40], dropped

def generate(frozen):
    pool = Pool()
    ev = gen_everyday.build(random.Random(4301), pool)
    ve = gen_vendor.build(random.Random(4302), pool)
    pw = gen_passwords.build(random.Random(4303), pool)
    langs, dropped = select_languages(frozen)
    pr = gen_prose.build(random.Random(4304), pool, langs)
    es = gen_evasions.build(random.Random(4305), pool)
    ng = gen_negatives.build(random.Random(4306))
    pos = []
    for i, r in enumerate(ev + ve + pw + pr, 1):
        pos.append({"id": "p%s-s-%04d" % (NN, i), **r})
    evs = []
    for i, r in enumerate(es, 1):
        r = dict(r); r.pop("_layout")
        evs.append({"id": "p%s-e-%04d" % (NN, i), **r})
    negs = [{"id": "p%s-n-%04d" % (NN, i), **r} for i, r in enumerate(ng, 1)]
    meta = {"dropped": dropped, "langs": langs, "layouts": Counter(r["_layout"] for r in es)}
    return pos, evs, negs, meta

def own_names():
    names = set(gen_everyday.KINDS) | set(gen_vendor.STYLES) | {t for t, *_ in gen_vendor.V()}
    names |= {t for t, _, _ in gen_passwords.SYN} | {"back_office_terminal_scrollback", "change_ticket_config_excerpt"}
    names |= set(gen_prose.FORMATS) | {gen_prose.SPAN_TYPE}
    names |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS) | set(gen_evasions.LAYOUTS)
    names |= set(gen_negatives.B) | set(gen_negatives.WRAPPERS) | {k for k, _, _ in gen_negatives.docs()}
    return sorted(names)

class CheckError(Exception):
    pass

def need(cond, msg):
    if not cond:
        raise CheckError(msg)

MARKERS = re.compile(r"\x00|§§|\{(?:N|R|L|D|V|LAB|VEN|VEN_ID|KEY|KEYL|KEYC|PHRASE|LAY)\}")

def check(pos, evs, negs, frozen, langs):
    idre = {"s": re.compile(r"^p43-s-\d{4}$"), "e": re.compile(r"^p43-e-\d{4}$"), "n": re.compile(r"^p43-n-\d{4}$")}
    ids = [r["id"] for r in pos + evs + negs]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for k, recs in (("s", pos), ("e", evs), ("n", negs)):
        for r in recs:
            need(idre[k].match(r["id"]), "bad id " + r["id"])
            need(json.loads(dumps(r)) == r, "json round trip " + r["id"])
    seen_vals = {}
    for r in pos + evs:
        t = r["text"]
        need(not MARKERS.search(t), "template marker left in " + r["id"])
        need(r["type"] == r["secrets"][0]["type"], "type != first span type " + r["id"])
        last = -1
        cnt = Counter(s["value"] for s in r["secrets"])
        for s in r["secrets"]:
            need(t[s["start"]:s["end"]] == s["value"], "offset mismatch " + r["id"])
            need(s["start"] >= last, "unsorted " + r["id"]); last = s["end"]
            need(s["value"] == s["value"].strip(), "edge whitespace " + r["id"])
        for v, c in cnt.items():
            need(t.count(v) == c, "value occurs %d times, labelled %d: %s" % (t.count(v), c, r["id"]))
            need(seen_vals.setdefault(v, r["id"]) == r["id"], "value reused across records " + r["id"])
    # evasions
    need(set(gen_encodings.ENC) == set(gen_decoders.DEC), "encoder / decoder sets differ")
    for n, v in gen_decoders.KNOWN.items():
        need(gen_decoders.DEC[n](v) == "Hi7", "known-answer self-test failed " + n)
    need(Counter(r["encoding"] for r in evs) == Counter({e: 3 for e in gen_encodings.ENC}), "not 3 per encoding")
    posvals = {s["value"] for r in pos for s in r["secrets"]}
    plains = []
    for r in evs:
        s = r["secrets"][0]
        need(s["encoding"] == r["encoding"], "encoding field " + r["id"])
        need(gen_decoders.DEC[s["encoding"]](s["value"]) == s["plain"], "decode != plain " + r["id"])
        need(s["plain"] not in r["text"], "plain verbatim in text " + r["id"])
        need(s["plain"] not in posvals, "plain is a positive value " + r["id"])
        phrase = gen_encodings.ENC[s["encoding"]][1]
        need(0 <= r["text"].find(phrase) < s["start"], "naming phrase not before span " + r["id"])
        plains.append(s["plain"])
    need(len(plains) == len(set(plains)), "evasion plain reused")
    # negatives
    texts = [r["text"] for r in negs]
    need(len(texts) == len(set(texts)), "duplicate negative text")
    bad = [v for v in posvals | set(plains) | {r["secrets"][0]["value"] for r in evs} if len(v) >= 6]
    for r in negs:
        need("PRIVATE KEY" not in r["text"], "private key in negative " + r["id"])
        for v in bad:
            need(v not in r["text"], "positive / evasion value in negative " + r["id"])
    for dv in gen_negatives.DOC_VALUES:
        need(any(dv in t for t in texts), "doc value missing " + dv)
        need(not any(dv in r["text"] for r in pos + evs), "doc value in positives " + dv)
    # deny-list and languages
    ov = denylist.overlaps(own_names(), frozen)
    need(not ov, "deny-list overlap: %r" % ov[:5])
    for c, n, _ in langs:
        need(denylist.language_ok(c, n, frozen), "language in READMEs: " + c)
    # counts
    src = Counter(r["source"] for r in pos)
    need(src["everyday"] == 180 and len({r["container"] for r in pos if r["source"] == "everyday"}) == 45, "everyday count")
    need(100 <= src["vendor"] <= 140, "vendor count")
    need(90 <= src["password"] <= 120, "password count")
    need(src["prose"] == 40 and len({r["container"].split("__")[1] for r in pos if r["source"] == "prose"}) == 40, "prose count")
    need(len(evs) == 66, "evasion count")
    need(len(negs) >= 180 and len({r["class"] for r in negs}) == 16, "negative count / classes")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]; pt = [r["type"] for r in pos if r["source"] == "password"]
    need(len(vt) == len(set(vt)) and len(pt) == len(set(pt)) and not set(vt) & set(pt), "vendor / password types not unique")

def mutation_tests(pos, evs, negs, frozen, langs):
    def expect_fail(name, p, e, n, extra_names=None):
        saved = own_names
        try:
            if extra_names:
                globals()["own_names"] = lambda: saved() + extra_names
            check(p, e, n, frozen, langs)
        except CheckError:
            return
        finally:
            globals()["own_names"] = saved
        raise SystemExit("mutation test not caught: " + name)
    p = copy.deepcopy(pos); p[5]["secrets"][0]["start"] += 1
    expect_fail("shifted offset", p, evs, negs)
    n = copy.deepcopy(negs); n[3]["text"] += " " + pos[200]["secrets"][0]["value"]
    expect_fail("positive value in negative", pos, evs, n)
    e = copy.deepcopy(evs); e[7]["secrets"][0]["plain"] = e[7]["secrets"][0]["plain"][:-1] + "Q"
    expect_fail("wrong plain", pos, e, negs)
    p = copy.deepcopy(pos); p[9]["text"] += "\n" + p[9]["secrets"][0]["value"]
    expect_fail("extra unlabelled occurrence", p, evs, negs)
    expect_fail("deny-listed name", pos, evs, negs, ["hostel_reception_handover_chat"])
    n = copy.deepcopy(negs); n[11]["text"] += " " + evs[2]["secrets"][0]["plain"]
    expect_fail("evasion plain in negative", pos, evs, n)
    n = copy.deepcopy(negs); n[20]["text"] = n[21]["text"]
    expect_fail("duplicate negative text", pos, evs, n)
    return 7

def serialise(pos, evs, negs, meta, frozen, nmut):
    out = {}
    out["secrets.jsonl"] = "".join(dumps(r) + "\n" for r in pos)
    out["evasions.jsonl"] = "".join(dumps(r) + "\n" for r in evs)
    out["negatives.jsonl"] = "".join(dumps(r) + "\n" for r in negs)
    out["README.md"] = readme.render(pos, evs, negs, meta, frozen, own_names(), nmut)
    return out

def main():
    if "--freeze" in sys.argv:
        denylist.freeze(); print("frozen"); return
    frozen = denylist.load()
    a = generate(frozen); b = generate(frozen)
    check(*a[:3], frozen, a[3]["langs"])
    nmut = mutation_tests(*a[:3], frozen, a[3]["langs"])
    oa = serialise(*a, frozen, nmut); ob = serialise(*b, frozen, nmut)
    if oa != ob:
        raise SystemExit("non-deterministic output")
    for fn, content in oa.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(content)
    pos, evs, negs, _ = a
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(pos), len(evs), len(negs), nmut))

if __name__ == "__main__":
    main()
