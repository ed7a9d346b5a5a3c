"""All checks run by build.py before anything is written."""
import json, re
from collections import Counter
from common import gh_valid, glsa_valid
import gen_crypto
from gen_decoders import DEC
from gen_encodings import KEYED


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def spans_ok(rec):
    t = rec["text"]; prev = -1
    need(rec["secrets"], "no spans " + rec["id"])
    for s in rec["secrets"]:
        need(t[s["start"]:s["end"]] == s["value"], "slice " + rec["id"])
        need(s["start"] >= prev, "order/overlap " + rec["id"]); prev = s["end"]
        need(s["value"] == s["value"].strip(), "edge whitespace " + rec["id"])
    need(rec["type"] == rec["secrets"][0]["type"], "type " + rec["id"])
    cnt = Counter(s["value"] for s in rec["secrets"])
    for v, c in cnt.items():
        need(t.count(v) == c, "value occurs %d times, labelled %d: %s" % (t.count(v), c, rec["id"]))


GH = re.compile(r"\b(?:gh[pousr]_|npm_)[A-Za-z0-9]{36}\b")


def run(pos, eva, neg, structured, deny_names, deny_langs, parts, doc_values):
    report = {}
    ids = [r["id"] for r in pos + eva + neg]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in pos + eva + neg:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, "json round trip " + r["id"])
    report["ids"] = len(ids)
    # positives
    seen = {}
    for r in pos:
        spans_ok(r)
        for s in r["secrets"]:
            need(seen.get(s["value"], r["id"]) == r["id"], "value reused across records " + r["id"])
            seen[s["value"]] = r["id"]
    posvals = set(seen)
    # structured values
    sc = Counter()
    for kind, v in structured:
        if kind == "github_crc32_base62": need(gh_valid(v), "gh checksum " + v)
        elif kind == "grafana_glsa_crc32": need(glsa_valid(v), "glsa checksum " + v)
        elif kind == "ed25519_pkcs8": need(gen_crypto.verify_pkcs8(v), "pkcs8")
        elif kind == "openssh_ed25519": need(gen_crypto.verify_openssh(v), "openssh")
        else: raise CheckError("unknown structured kind " + kind)
        sc[kind] += 1
    for r in pos:
        for s in r["secrets"]:
            if re.fullmatch(r"(gh[pousr]_|npm_)[A-Za-z0-9]{36}", s["value"]):
                need(gh_valid(s["value"]), "gh checksum in positives " + r["id"])
    gen_crypto.selftest()
    report["structured"] = dict(sc)
    # evasions
    encs = Counter()
    for r in eva:
        spans_ok(r)
        need(len(r["secrets"]) == 1, "evasion spans " + r["id"])
        s = r["secrets"][0]
        need(s["encoding"] == r["encoding"], "encoding field " + r["id"])
        key = s.get("encoding_key")
        need((key is not None) == (r["encoding"] in KEYED), "encoding_key presence " + r["id"])
        if key is not None:
            need(key in r["text"].replace(s["value"], ""), "key not stated " + r["id"])
        need(DEC[r["encoding"]](s["value"], key) == s["plain"], "decode " + r["id"])
        need(s["plain"] not in r["text"], "plain verbatim " + r["id"])
        need(s["plain"] not in posvals and s["value"] not in posvals, "evasion equals positive " + r["id"])
        if re.fullmatch(r"(gh[pousr]_|npm_)[A-Za-z0-9]{36}", s["plain"]):
            need(gh_valid(s["plain"]), "gh checksum in evasion plain " + r["id"])
        encs[r["encoding"]] += 1
    report["encodings"] = len(encs)
    # negatives
    texts = Counter(r["text"] for r in neg)
    need(max(texts.values()) == 1, "duplicate negative text")
    evavals = [r["secrets"][0][k] for r in eva for k in ("value", "plain")]
    bad = [v for v in posvals if len(v) >= 6] + evavals
    for r in neg:
        for v in bad:
            need(v not in r["text"], "negative contains labelled value " + r["id"])
        need("PRIVATE KEY" not in r["text"], "private key in negative " + r["id"])
        for m in GH.findall(r["text"]):
            need(not gh_valid(m), "valid gh token in negative " + r["id"])
    alltext_neg = "\n".join(r["text"] for r in neg)
    alltext_pe = "\n".join(r["text"] for r in pos + eva)
    for d in doc_values:
        need(d in alltext_neg, "doc value missing " + d)
        need(d not in alltext_pe, "doc value in positives/evasions " + d)
    # counts
    need(590 <= len(pos) <= 610, "positives count %d" % len(pos))
    need(parts["everyday"] == 240, "everyday count")
    need(195 <= parts["vendor"] <= 210 and 95 <= parts["passwords"] <= 125 and parts["prose"] == 40, "part counts %r" % parts)
    need(95 <= len(eva) <= 105 and len(encs) == 33 and set(encs.values()) == {3}, "evasion counts")
    need(225 <= len(neg) <= 245 and len(set(r["class"] for r in neg)) == 16, "negative counts")
    # overlap with the earlier READMEs' names
    kinds = set()
    for r in pos + eva + neg:
        kinds.add(r["container"]); kinds.add(r["container"].split("__")[0])
    ov = sorted(k for k in kinds if k in deny_names)
    need(not ov, "container overlap %r" % ov[:5])
    ov = sorted(e for e in encs if e in deny_names)
    need(not ov, "encoding overlap %r" % ov)
    langs = set(r["container"].split("__")[1] for r in pos if r["source"].find("gen_prose") >= 0)
    need(len(langs) == 40, "language count")
    ov = sorted(l for l in langs if l in deny_langs or l in deny_names)
    need(not ov, "language overlap %r" % ov)
    newtypes = set(s["type"] for r in pos if ("gen_vendor" in r["source"] or "gen_passwords" in r["source"]) for s in r["secrets"])
    ov = sorted(t for t in newtypes if t in deny_names)
    need(not ov, "new-part type overlap %r" % ov)
    report["newtypes"] = len(newtypes)
    report["deny_names"] = len(deny_names); report["deny_langs"] = len(deny_langs)
    return report
