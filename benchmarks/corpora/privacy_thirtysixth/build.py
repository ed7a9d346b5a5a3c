"""Build p36: python3 build.py  (or --freeze to re-extract the deny-list once)."""
import collections, json, os, re, sys
import denylist, common
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings, gen_decoders
import readme

HERE = os.path.dirname(os.path.abspath(__file__))


def generate(fr):
    pos = []
    for src, rows in (("everyday", gen_everyday.generate()), ("vendor", gen_vendor.generate()),
                      ("password", gen_passwords.generate()), ("prose", [x[:5] for x in gen_prose.generate(fr)])):
        for t, kind, text, s, e in rows:
            pos.append(common.rec_pos("p36-s-%04d" % (len(pos) + 1), t, kind, text, s, e, src))
    ev = []
    for x in gen_evasions.generate():
        r = common.rec_pos("p36-e-%04d" % (len(ev) + 1), x["type"], x["container"], x["text"], x["start"], x["end"], "evasion")
        r["secrets"][0]["plain"] = x["plain"]; r["secrets"][0]["encoding"] = x["encoding"]
        r["encoding"] = x["encoding"]
        ev.append(r)
    neg = [{"id": "p36-n-%04d" % (i + 1), "class": c, "container": k, "text": t, "source": "negative"}
           for i, (c, k, t) in enumerate(gen_negatives.generate())]
    return pos, ev, neg


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def check(pos, ev, neg, fr):
    ids = [r["id"] for r in pos + ev + neg]
    assert len(ids) == len(set(ids))
    for r in pos: assert re.fullmatch(r"p36-s-\d{4}", r["id"])
    for r in ev: assert re.fullmatch(r"p36-e-\d{4}", r["id"])
    for r in neg: assert re.fullmatch(r"p36-n-\d{4}", r["id"])
    seen = {}
    for r in pos + ev:
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
        t = r["text"]
        assert "\x00" not in t and "{P}" not in t and "{T}" not in t and "{PH}" not in t
        assert r["type"] == r["secrets"][0]["type"]
        last = -1
        cnt = collections.Counter(sp["value"] for sp in r["secrets"])
        for sp in r["secrets"]:
            assert t[sp["start"]:sp["end"]] == sp["value"], r["id"]
            assert sp["start"] >= last; last = sp["end"]
            assert sp["value"] == sp["value"].strip()
            assert t.count(sp["value"]) == cnt[sp["value"]], (r["id"], sp["value"])
            assert sp["value"] not in seen, (r["id"], seen.get(sp["value"]))
            seen[sp["value"]] = r["id"]
            v = sp["value"]
            if re.fullmatch(r"(ghp|gho|ghs|ghr|ghu|npm)_[A-Za-z0-9]{36}", v):
                assert common.gh_checksum_ok(v), v
    # evasions
    gen_decoders.selftest()
    assert set(gen_encodings.ENC) == set(gen_decoders.DEC)
    plains = set()
    posvals = {sp["value"] for r in pos for sp in r["secrets"]}
    for r in ev:
        sp = r["secrets"][0]
        assert gen_decoders.DEC[sp["encoding"]](sp["value"]) == sp["plain"], r["id"]
        assert sp["plain"] not in r["text"], r["id"]
        assert sp["plain"] not in plains and sp["plain"] not in posvals
        plains.add(sp["plain"])
        assert r["text"].index(gen_encodings.PHRASE[sp["encoding"]]) < sp["start"]
        if common.gh_checksum_ok(sp["plain"]) is False and re.fullmatch(r"(ghp|npm)_\w{36}", sp["plain"]):
            raise AssertionError("bad checksum in plain")
    assert collections.Counter(r["encoding"] for r in ev) == {e: 3 for e in gen_encodings.ENC}
    # negatives
    texts = [r["text"] for r in neg]
    assert len(texts) == len(set(texts))
    bad = [v for v in posvals | {sp["value"] for r in ev for sp in r["secrets"]} | plains if len(v) >= 6]
    for r in neg:
        t = r["text"]
        assert "PRIVATE KEY" not in t and "\x00" not in t
        for v in bad:
            assert v not in t, (r["id"], v)
        for m in re.findall(r"(?:ghp|gho|ghs|ghr|ghu|npm)_[A-Za-z0-9]{36}", t):
            assert not common.gh_checksum_ok(m)
    for dv in gen_negatives.DOC_VALUES:
        assert any(dv in r["text"] for r in neg)
        assert not any(dv in r["text"] for r in pos + ev), dv
    # counts
    src = collections.Counter(r["source"] for r in pos)
    assert src["everyday"] == 180 and len({r["container"] for r in pos if r["source"] == "everyday"}) == 45
    assert 100 <= src["vendor"] <= 160 and 90 <= src["password"] <= 120 and src["prose"] == 40
    for s in ("vendor", "password"):
        ts = [r["type"] for r in pos if r["source"] == s]
        assert len(ts) == len(set(ts))
    assert len(ev) == 66 and len(neg) >= 180 and len({r["class"] for r in neg}) == 16
    # deny-list
    own = [k for k, _ in gen_everyday.C] + [t for t, *_ in gen_vendor.V] + gen_vendor.STYLES \
        + [t for t, *_ in gen_passwords.P] + gen_passwords.SUFFIXES + [f for f, _ in gen_prose.FMT] \
        + list(gen_encodings.ENC) + list(gen_evasions.WORDINGS) + gen_evasions.LAYOUTS \
        + gen_negatives.BASE_KINDS + list(gen_negatives.WRAP) + [k for k, _, _ in gen_negatives.DOCS] \
        + sorted({sp["type"] for r in pos if r["source"] == "prose" for sp in r["secrets"]} - {"database_password"})
    n = denylist.check_names(own, fr)
    for code, name, *_ in gen_prose.languages(fr):
        assert denylist.language_ok(code, name, fr)
    for enc, w in gen_encodings.TOOL_WORD.items():
        assert denylist.word_ok(w, fr), (enc, w)
    return n


def main():
    if "--freeze" in sys.argv:
        denylist.freeze(); return
    fr = denylist.load()
    a = generate(fr); b = generate(fr)
    outs = [dump(x) for x in a]
    assert outs == [dump(x) for x in b], "non-deterministic"
    n = check(*a, fr)
    md = readme.render(*a, fr, n)
    assert md == readme.render(*b, fr, n)
    for name, s in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), outs):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(s)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(md)
    print("ok", [len(x) for x in a], "own names", n)


if __name__ == "__main__":
    main()
