"""All corpus checks; raise AssertionError on failure."""
import json, re, copy
import denylist
from gen_decoders import DEC
from gen_encodings import ENC
from gen_negatives import verify_docs

ID = re.compile(r"^p54-[sen]-\d{4}$")


def _count(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1; i = text.find(v, i + 1)
    return n


def check_all(pos, eva, neg, own_names, frozen):
    ids = [r["id"] for r in pos + eva + neg]
    assert len(ids) == len(set(ids)) and all(ID.match(i) for i in ids), "ids"
    seen = {}
    for r in pos + eva:
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
        t = r["text"]
        assert "\ue000" not in t and "\ue001" not in t and "\x00" not in t, r["id"]
        assert r["type"] == r["secrets"][0]["type"], r["id"]
        last = -1
        for s in r["secrets"]:
            assert t[s["start"]:s["end"]] == s["value"], ("slice", r["id"])
            assert s["start"] >= last and s["value"] == s["value"].strip(), ("order/edge", r["id"])
            last = s["end"]
        for v in set(s["value"] for s in r["secrets"]):
            assert _count(t, v) == sum(1 for s in r["secrets"] if s["value"] == v), ("occurrences", r["id"])
            assert seen.setdefault(v, r["id"]) == r["id"], ("reused", r["id"])
    plains = set()
    for r in eva:
        s = r["secrets"][0]
        assert s["encoding"] == r["encoding"] and s["encoding"] in DEC
        assert DEC[s["encoding"]](r["text"][:s["start"]], s["value"]) == s["plain"], ("decode", r["id"])
        assert s["plain"] not in r["text"], ("plain verbatim", r["id"])
        assert re.fullmatch(r"[A-Za-z0-9_-]+", s["plain"])
        assert s["plain"] not in seen and s["plain"] not in plains, ("plain reuse", r["id"])
        plains.add(s["plain"])
    assert set(ENC) == set(DEC) and len(ENC) == 22
    for e in ENC:
        assert sum(1 for r in eva if r["encoding"] == e) == 3
    texts = set()
    bad = [v for v in list(seen) + list(plains) if len(v) >= 6]
    for r in neg:
        assert r["text"] not in texts, ("dup negative", r["id"]); texts.add(r["text"])
        assert "PRIVATE KEY" not in r["text"]
        for v in bad:
            assert v not in r["text"], ("secret in negative", r["id"])
    docs = verify_docs()
    for d in docs:
        assert any(d in r["text"] for r in neg)
        assert not any(d in r["text"] for r in pos + eva)
    assert len({r["class"] for r in neg}) == 16 and len(neg) >= 180
    # deny-list
    hits = denylist.overlaps(own_names, frozen)
    assert not hits, ("deny-list overlap", hits[:5])
    # counts
    src = lambda s: [r for r in pos if r["source"] == s]
    ev = src("everyday")
    assert len(ev) == 180 and len({r["container"] for r in ev}) == 45
    v, p, pr = src("vendor"), src("password"), src("prose")
    assert 100 <= len(v) <= 140 and len({r["type"] for r in v}) == len(v)
    assert 90 <= len(p) <= 120 and len({r["type"] for r in p}) == len(p)
    assert not ({r["type"] for r in v} & {r["type"] for r in p}) and not ({r["type"] for r in v + p} & {r["type"] for r in ev})
    assert len(pr) == 40 and len({r["container"].split("__")[1] for r in pr}) == 40
    assert len(eva) == 66


def mutation_tests(pos, eva, neg, own_names, frozen):
    def caught(fn):
        P, E, N, O = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg), list(own_names)
        fn(P, E, N, O)
        try:
            check_all(P, E, N, O, frozen)
        except AssertionError:
            return True
        return False
    muts = [
        lambda P, E, N, O: P[3]["secrets"][0].__setitem__("start", P[3]["secrets"][0]["start"] + 1),
        lambda P, E, N, O: P[5]["secrets"][0].__setitem__("end", P[5]["secrets"][0]["end"] - 1),
        lambda P, E, N, O: N[0].__setitem__("text", N[0]["text"] + " " + P[10]["secrets"][0]["value"]),
        lambda P, E, N, O: E[2]["secrets"][0].__setitem__("plain", E[2]["secrets"][0]["plain"] + "x"),
        lambda P, E, N, O: P[7].__setitem__("text", P[7]["text"] + "\n" + P[7]["secrets"][0]["value"]),
        lambda P, E, N, O: N[1].__setitem__("text", N[1]["text"] + " " + E[0]["secrets"][0]["plain"]),
        lambda P, E, N, O: N[2].__setitem__("text", N[3]["text"]),
        lambda P, E, N, O: E[4].__setitem__("text", E[4]["text"] + " " + E[4]["secrets"][0]["plain"]),
        lambda P, E, N, O: O.append("kafka_connect_connector_config_json__" + "zeek_http_log_row"),
        lambda P, E, N, O: O.append("pandas_stuff__" + "gvm_cli_gmp_password"),
    ]
    for i, m in enumerate(muts):
        assert caught(m), "mutation %d not caught" % i
    return len(muts)
