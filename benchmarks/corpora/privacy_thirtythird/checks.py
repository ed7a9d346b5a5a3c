"""Checks run before writing; any failure raises SystemExit."""
import json, re
from common import gh_crc_ok
import denylist, gen_decoders, gen_encodings, gen_negatives

class Fail(Exception): pass

def need(c, msg):
    if not c: raise Fail(msg)

MARKERS = ["⟦", "⟧", "{KEY}", "{label}", "{phrase}", "\x00", "%s", "%d"]

def run(pos, eva, neg, used_names):
    stats = {}
    ids = [x["id"] for x in pos + eva + neg]
    need(len(ids) == len(set(ids)), "duplicate id")
    for x in pos: need(re.fullmatch(r"p33-s-\d{4}", x["id"]), "id form")
    for x in eva: need(re.fullmatch(r"p33-e-\d{4}", x["id"]), "id form")
    for x in neg: need(re.fullmatch(r"p33-n-\d{4}", x["id"]), "id form")
    for x in pos + eva + neg:
        need(json.loads(json.dumps(x, ensure_ascii=False)) == x, "json round trip")
        for m in MARKERS: need(m not in x["text"], "template marker %r in %s" % (m, x["id"]))
    allvals = {}
    for x in pos + eva:
        sp = x["secrets"]
        need(sp and x["type"] == sp[0]["type"], "record type != first span type " + x["id"])
        last = -1
        for s in sp:
            need(x["text"][s["start"]:s["end"]] == s["value"], "span slice " + x["id"])
            need(s["start"] >= last, "spans unsorted/overlap " + x["id"]); last = s["end"]
            need(s["value"] == s["value"].strip(), "edge whitespace " + x["id"])
        for v in set(s["value"] for s in sp):
            need(x["text"].count(v) == sum(1 for s in sp if s["value"] == v), "labelled value count " + x["id"])
            need(allvals.setdefault(v, x["id"]) == x["id"], "value reused across records " + x["id"])
    # structured
    n_gh = 0
    for x in pos:
        for s in x["secrets"]:
            if s["type"] in ("github_classic_pat", "npm_access_token"):
                need(gh_crc_ok(s["value"]), "crc " + x["id"]); n_gh += 1
    # evasions
    need(gen_decoders.selftests() >= 10, "decoder self-tests")
    need(set(gen_decoders.DEC) == set(gen_encodings.ENC), "encoder/decoder sets")
    posvals = {s["value"] for x in pos for s in x["secrets"]}
    plains = set()
    for x in eva:
        need(len(x["secrets"]) == 1, "evasion span count")
        s = x["secrets"][0]
        need(s["encoding"] == x["encoding"] in gen_encodings.ENC, "encoding known")
        key = s.get("encoding_key")
        need((key is not None) == (s["encoding"] in gen_encodings.KEYED), "encoding_key presence")
        if key:
            need(key in x["text"][:s["start"]], "key stated before span")
        need(gen_decoders.DEC[s["encoding"]](s["value"], key) == s["plain"], "decode " + x["id"])
        need(s["plain"] not in x["text"], "plain verbatim " + x["id"])
        need(s["plain"] not in posvals and s["plain"] not in plains, "plain reused " + x["id"])
        plains.add(s["plain"]); n_gh += s["type"] in ("github_classic_pat", "npm_access_token") and gh_crc_ok(s["plain"])
        phrase = gen_encodings.PHRASE[s["encoding"]].replace("{KEY}", key or "")
        need(phrase in x["text"][:s["start"]], "encoding phrase before span " + x["id"])
    stats["gh"] = n_gh
    # negatives
    texts = [x["text"] for x in neg]
    need(len(texts) == len(set(texts)), "duplicate negative text")
    bad = [v for v in posvals | {s["value"] for x in eva for s in x["secrets"]} | plains if len(v) >= 6]
    for x in neg:
        for v in bad: need(v not in x["text"], "secret in negative " + x["id"])
        for m in re.finditer(r"(?:ghp_|gho_|ghu_|ghs_|ghr_|npm_)[A-Za-z0-9]{36}", x["text"]):
            need(not gh_crc_ok(m.group(0)), "valid gh token in negative")
        need("PRIVATE KEY" not in x["text"], "private key in negative")
    docs = {x["container"]: x["text"] for x in neg if x["class"] == "vendor_documentation_value"}
    for k, v in gen_negatives.DOCVALS.items():
        need(v in docs.get(k, ""), "doc value missing " + k)
        for x in pos + eva:
            if len(v) >= 6:
                need(v not in x["text"], "doc value in positive " + k)
            need(all(s["value"] != v for s in x["secrets"]), "doc value labelled")
    import hmac, hashlib
    need(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest() == gen_negatives.RFC4231, "RFC 4231")
    need(gen_negatives._hkdf() == gen_negatives.RFC5869, "RFC 5869")
    need(gen_negatives.RFC4231 in docs["rfc4231_hmac_sha256_jefe_case"], "rfc4231 text")
    # deny-list
    frozen = denylist.load()
    ov = denylist.overlaps(used_names, frozen)
    need(not ov, "deny-list overlap: %r" % ov[:10])
    stats["names"] = len(set(used_names)); stats["frozen"] = len(frozen)
    # counts
    from collections import Counter
    src = Counter(x["source"] for x in pos)
    ev = Counter(x["container"].split("__")[0] for x in pos if x["source"] == "everyday")
    need(src["everyday"] == 180 and len(ev) == 45 and set(ev.values()) == {4}, "everyday counts")
    need(80 <= src["vendor"] <= 160, "vendor count")
    need(60 <= src["password"] <= 120, "password count")
    need(src["prose"] == 40 and len({x["container"].split("__")[1] for x in pos if x["source"] == "prose"}) == 40, "prose count")
    ec = Counter(x["encoding"] for x in eva)
    need(len(eva) == 66 and len(ec) == 22 and set(ec.values()) == {3}, "evasion counts")
    need(len(neg) >= 180 and len({x["class"] for x in neg}) == 16, "negative counts")
    return stats
