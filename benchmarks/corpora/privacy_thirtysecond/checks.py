"""All checks; any failure raises AssertionError."""
import re
import json
import collections
from common import gh_crc_ok
import gen_decoders


def check_all(pos, eva, neg, deny, brief_text, langs, doc_values, enc_names, rfc_ok):
    ids = [r["id"] for r in pos + eva + neg]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in pos:
        assert re.fullmatch(r"p32-s-\d{4}", r["id"]), r["id"]
    for r in eva:
        assert re.fullmatch(r"p32-e-\d{4}", r["id"]), r["id"]
    for r in neg:
        assert re.fullmatch(r"p32-n-\d{4}", r["id"]), r["id"]
    for r in pos + eva + neg:
        rr = {k: v for k, v in r.items() if not k.startswith("_")}
        assert json.loads(json.dumps(rr, ensure_ascii=False)) == rr
        assert "\x00" not in r["text"] and not re.search(r"(?<!\$)\{[A-Z][A-Z0-9_]*\}", r["text"]), ("marker", r["id"])
    allvals = collections.Counter()
    for r in pos + eva:
        sp = r["secrets"]
        assert sp and r["type"] == sp[0]["type"], r["id"]
        last = -1
        for s in sp:
            assert r["text"][s["start"]:s["end"]] == s["value"], ("slice", r["id"])
            assert s["start"] >= last, ("overlap", r["id"])
            last = s["end"]
            assert s["value"] == s["value"].strip(), ("edge ws", r["id"])
        cnt = collections.Counter(s["value"] for s in sp)
        for v, c in cnt.items():
            assert r["text"].count(v) == c, ("occurrence count", r["id"], v)
            allvals[v] += 1
    assert all(c == 1 for c in allvals.values()), "value reused across records"
    posvals = {s["value"] for r in pos for s in r["secrets"]}
    plains = set()
    for r in eva:
        assert len(r["secrets"]) == 1
        s = r["secrets"][0]
        assert s["encoding"] == r["encoding"] and "plain" in s and "encoding_key" not in s
        assert s["plain"] not in r["text"], ("plain verbatim", r["id"])
        assert s["plain"] not in posvals and s["plain"] not in plains
        plains.add(s["plain"])
    # decoders
    n_self = gen_decoders.self_test()
    for r in eva:
        s = r["secrets"][0]
        assert gen_decoders.dec(s["encoding"], s["value"]) == s["plain"], ("decode", r["id"])
    # GitHub/npm CRC
    ncrc = 0
    for v in list(posvals) + list(plains):
        if re.fullmatch(r"(gh[pousr]_|npm_)[A-Za-z0-9]{36}", v):
            assert gh_crc_ok(v), v
            ncrc += 1
    # negatives
    texts = [r["text"] for r in neg]
    assert len(texts) == len(set(texts)), "dup negative text"
    evvals = {r["secrets"][0]["value"] for r in eva}
    for r in neg:
        t = r["text"]
        for v in posvals:
            if len(v) >= 6:
                assert v not in t, ("positive value in negative", r["id"])
        for v in evvals | plains:
            assert v not in t, ("evasion value in negative", r["id"])
        assert "PRIVATE KEY" not in t
        for m in re.findall(r"(?:gh[pousr]_|npm_)[A-Za-z0-9]{36}", t):
            assert not gh_crc_ok(m)
    for k, v in doc_values.items():
        assert any(v in r["text"] for r in neg), k
        assert not any(v in r["text"] for r in pos + eva), ("doc value in positive", k)
    assert rfc_ok, "RFC 4231 recompute mismatch"
    # deny-list overlap
    wide = set(deny)
    for d in deny:
        wide.update(p for p in d.split("__") if p)
    mine = set()
    for r in pos + eva + neg:
        mine.add(r["container"])
        mine.update(r["container"].split("__"))
    for r in pos + eva:
        if r["source"] in ("vendor", "password"):
            mine.add(r["type"])
    mine.update(enc_names)
    for r in eva:
        mine.add(r["_layout"])
    hits = sorted(m.lower() for m in mine if m.lower() in wide)
    assert not hits, ("deny-list overlap", hits)
    low = brief_text.lower()
    for code, name in langs:
        assert code.lower() not in wide, ("language code denied", code)
        assert name.lower() not in wide and not re.search(r"\b" + re.escape(name.lower()) + r"\b", low), ("language named in brief", name)
    # counts
    src = collections.Counter(r["source"] for r in pos)
    ev = collections.Counter(r["container"].split("__")[0] for r in pos if r["source"] == "everyday")
    assert src["everyday"] == 180 and len(ev) == 45 and set(ev.values()) == {4}
    assert 100 <= src["vendor"] <= 160 and 55 <= src["password"] <= 120 and src["prose"] == 40
    assert len({c for c, _ in langs}) == 40
    ec = collections.Counter(r["encoding"] for r in eva)
    assert len(ec) == 22 and set(ec.values()) == {3}
    assert len(neg) >= 180 and len({r["class"] for r in neg}) == 16
    return {"ids": len(ids), "self_tests": n_self, "crc": ncrc, "mine": len(mine), "deny": len(deny)}
