"""All build-time checks. run_all raises CheckError on the first failure; build.py then
writes nothing."""
import collections
import json
import os
import re

import gen_common as G
import gen_structured as S
from gen_decoders import DEC
from gen_encodings import KEYED
import gen_negatives_a as NA
import gen_prose


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def load_brief(path):
    """Backticked names and language-code lists from the earlier READMEs (if present)."""
    info = {"present": False, "names": set(), "langs": set(), "files": []}
    if not os.path.isdir(path):
        return info
    for fn in sorted(os.listdir(path)):
        if not fn.endswith(".md"):
            continue
        t = open(os.path.join(path, fn), encoding="utf-8").read()
        info["files"].append(fn)
        info["names"] |= set(re.findall(r"`([^`\n]+)`", t))
        for m in re.finditer(r"\(([a-z]{2,3}(?:_[a-z]+)?(?:, [a-z]{2,3}(?:_[a-z]+)?){5,})", t):
            info["langs"] |= set(m.group(1).split(", "))
        m = re.search(r"Prose languages / chat styles[^:]*:(.*)", t)
        if m:
            info["langs"] |= set(re.findall(r"`([a-z_]+)`", m.group(1)))
    info["present"] = bool(info["files"])
    return info


def base(container):
    return container.split("__")[0]


def check_spans(r, what):
    t = r["text"]
    prev = -1
    need(r["secrets"], "%s %s has no span" % (what, r["id"]))
    for s in r["secrets"]:
        need(t[s["start"]:s["end"]] == s["value"], "%s %s span mismatch" % (what, r["id"]))
        need(s["start"] >= prev, "%s %s spans not sorted / overlapping" % (what, r["id"]))
        prev = s["end"]
        need(s["value"] == s["value"].strip(), "%s %s span has edge whitespace" % (what, r["id"]))
        need(s["value"], "%s %s empty span" % (what, r["id"]))
    need(r["type"] == r["secrets"][0]["type"], "%s %s type != first span type" % (what, r["id"]))


def run_all(pos, eva, neg, brief):
    rep = collections.OrderedDict()
    # ids / json round trip
    ids = [r["id"] for r in pos + eva + neg]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in pos + eva + neg:
        clean = {k: v for k, v in r.items() if not k.startswith("_")}
        need(json.loads(json.dumps(clean, ensure_ascii=False)) == clean, "json round trip " + r["id"])
    rep["ids"] = "%d ids unique across the three files; JSON round trip" % len(ids)

    # positives
    seen = {}
    for r in pos:
        check_spans(r, "positive")
        cnt = collections.Counter(s["value"] for s in r["secrets"])
        for v, n in cnt.items():
            need(r["text"].count(v) == n, "positive %s: value occurs %d times, labelled %d" % (r["id"], r["text"].count(v), n))
            need(v not in seen or seen[v] == r["id"], "value reused across records %s %s" % (seen.get(v), r["id"]))
            seen[v] = r["id"]
    rep["positives"] = "spans re-slice, sorted, no overlap, no edge whitespace; every labelled value occurs exactly as often as labelled; no value reused across records"

    # structured values
    per = collections.Counter()
    for chk, v, plain in G.CHECKED:
        need(S.CHECKS[chk](v, plain), "structured check %s failed for %s" % (chk, v[:40]))
        per[chk] += 1
    pos_vals = set(seen)
    for r in pos:
        for s in r["secrets"]:
            if "plain" in s:
                need(s["plain"] != s["value"], "plain equals value " + r["id"])
    rep["structured"] = ", ".join("%s ×%d" % (k, per[k]) for k in sorted(per))

    # evasions
    enc_count = collections.Counter()
    for r in eva:
        check_spans(r, "evasion")
        need(len(r["secrets"]) == 1, "evasion %s must have one span" % r["id"])
        s = r["secrets"][0]
        need(s["encoding"] == r["encoding"], "evasion encoding mismatch " + r["id"])
        key = s.get("encoding_key")
        need((key is not None) == (s["encoding"] in KEYED), "encoding_key presence " + r["id"])
        if key is not None:
            need(str(key) in r["text"].replace(s["value"], ""), "key not stated in text " + r["id"])
        need(DEC[s["encoding"]](s["value"], key) == s["plain"], "decode failed " + r["id"])
        need(r["text"].count(s["value"]) == 1, "encoded value not unique in text " + r["id"])
        need(s["plain"] not in r["text"], "plain visible in evasion " + r["id"])
        need(s["plain"] not in pos_vals, "evasion plain equals a positive value " + r["id"])
        enc_count[s["encoding"]] += 1
    need(all(3 <= n <= 5 for n in enc_count.values()), "3-5 records per encoding")
    rep["evasions"] = "one span each with plain/encoding; %d decoders reproduce plain; encoded value unique; plain never verbatim; keys stated" % len(enc_count)

    # negatives
    texts = [r["text"] for r in neg]
    need(len(texts) == len(set(texts)), "duplicate negative texts")
    bad = [v for v in pos_vals if len(v) >= 6]
    bad += [r["secrets"][0]["value"] for r in eva] + [r["secrets"][0]["plain"] for r in eva]
    for r in neg:
        t = r["text"]
        for v in bad:
            need(v not in t, "negative %s contains a positive/evasion value" % r["id"])
        need("PRIVATE KEY" not in t, "negative %s contains PRIVATE KEY" % r["id"])
        for m in re.finditer(r"\b(?:ghp|gho|ghu|ghs|ghr|npm)_[A-Za-z0-9]{36}\b", t):
            need(not S.chk_gh(m.group(0)), "negative %s has checksum-valid token" % r["id"])
        for m in re.finditer(r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", t):
            need(not S.chk_grafana(m.group(0)), "negative %s has valid glsa token" % r["id"])
    alltext = "\n".join(r["text"] for r in pos + eva)
    negtext = "\n".join(texts)
    for v in NA.DOC_VALUES:
        need(v in negtext, "doc value missing from negatives: " + v)
        need(v not in alltext, "doc value used in positives/evasions: " + v)
    rep["negatives"] = "no duplicate texts; no positive value (len >= 6), evasion value or plain; no PRIVATE KEY; no checksum-valid ghp/gho/ghu/ghs/ghr/npm/glsa token; all %d documentation values present only in negatives" % len(NA.DOC_VALUES)

    # counts and novelty
    names = brief["names"]
    everyday = [r for r in pos if r["_part"] == "everyday"]
    newpart = [r for r in pos if r["_part"] != "everyday"]
    types = collections.Counter(s["type"] for r in pos for s in r["secrets"])
    new_types = sorted(t for t in types if t not in names)
    new_part_types = sorted({s["type"] for r in newpart for s in r["secrets"]} - names)
    containers = [r["container"] for r in pos]
    need(len(containers) == len(set(containers)), "positive container kinds not unique")
    langs = gen_prose.LANGS
    need(len(pos) >= 420, "fewer than 420 positives")
    share = len(everyday) / len(pos)
    need(0.28 <= share <= 0.40, "everyday share %.2f not about one third" % share)
    need(len(new_part_types) >= 250, "fewer than 250 new span types in the new part")
    need(not any(s["type"] in names for r in pos if r["_part"] == "new" for s in r["secrets"]),
         "a span type of gen_new_* is named in the brief READMEs")
    need(len({base(r["container"]) for r in newpart} - names) >= 250 or
         len([r for r in newpart if base(r["container"]) not in names]) >= 250, "fewer than 250 new container kinds")
    need(len(set(langs) - brief["langs"] - names) >= 25, "fewer than 25 new languages")
    need(len(eva) >= 90 and len(enc_count) >= 25, "evasion counts")
    classes = collections.Counter(r["class"] for r in neg)
    need(len(neg) >= 220 and len(classes) >= 15, "negative counts")
    if brief["present"]:
        for r in pos + eva + neg:
            need(r["container"] not in names and base(r["container"]) not in names,
                 "container kind overlaps brief README: " + r["container"])
        for e in enc_count:
            need(e not in names, "encoding overlaps brief README: " + e)
        for lg in langs:
            need(lg not in brief["langs"] and lg not in names, "language overlaps brief README: " + lg)
    rep["counts"] = ("%d positives (%d everyday = %.0f%%, %d new-part incl. %d prose); %d span types, %d absent from the brief lists "
                     "(%d in the new part); %d container kinds; %d languages; %d evasions over %d encodings; %d negatives in %d classes"
                     % (len(pos), len(everyday), 100 * share, len(newpart), len([r for r in pos if r["_part"] == "prose"]),
                        len(types), len(new_types), len(new_part_types), len(set(containers)), len(langs), len(eva), len(enc_count),
                        len(neg), len(classes)))
    rep["overlap"] = ("container kinds (and bases before `__`), encodings and languages compared with %d backticked names and %d language codes from %s: no overlap"
                      % (len(names), len(brief["langs"]), ", ".join(brief["files"]))) if brief["present"] else "brief READMEs absent: overlap check skipped"
    rep["_new_types"] = new_types
    rep["_types"] = types
    rep["_enc_count"] = enc_count
    rep["_classes"] = classes
    return rep
