"""All checks run before anything is written, plus mutation tests."""
import copy
import re
from collections import Counter

from common243 import (MARK, PW_RE, PW_STRICT_RE, PW_ANY_RE, UUID_RE, JWT_RE, uuid_is_v4, jwt_valid, deny_hits)
import everyday243
import vendor243
import positional243
import prose243
import evasions243
import enc243
import negatives243
import dec243

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_KEYS = ["value", "start", "end", "type"]
EV_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_KEYS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
LANG_NAMES = {c: n for c, n, _s, _t in prose243.L}


def _deny(name, deny, what, errs):
    h = deny_hits(name, deny)
    if h:
        errs.append("deny-listed %s %r (%s)" % (what, name, ", ".join(h)))


def validate(data, deny):
    errs = []
    pos = data["positives"]
    evs = data["evasions"]
    negs = data["negatives"]
    # ---- ids, fields, spans
    for i, r in enumerate(pos):
        if r.get("id") != "p243-s-%04d" % (i + 1):
            errs.append("bad positive id at %d" % i)
        if list(r) != POS_KEYS:
            errs.append("%s: positive fields %s" % (r.get("id"), list(r)))
    for i, r in enumerate(evs):
        if r.get("id") != "p243-e-%04d" % (i + 1):
            errs.append("bad evasion id at %d" % i)
        if list(r) != EV_KEYS:
            errs.append("%s: evasion fields" % r.get("id"))
    for i, r in enumerate(negs):
        if r.get("id") != "p243-n-%04d" % (i + 1):
            errs.append("bad negative id at %d" % i)
        if list(r) != NEG_KEYS or r.get("source") != "negative":
            errs.append("%s: negative fields" % r.get("id"))
    for r in pos + evs:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            errs.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        keys = SPAN_KEYS if r["source"] != "evasion" else EV_SPAN_KEYS
        if list(s) != keys:
            errs.append("%s: span fields %s" % (r["id"], list(s)))
        t = r["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("%s: span offsets do not match value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("%s: span type differs from record type" % r["id"])
        if t.count(s["value"]) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("%s: value has outer whitespace" % r["id"])
        if MARK in t:
            errs.append("%s: marker left in text" % r["id"])
    for r in negs:
        if MARK in r["text"]:
            errs.append("%s: marker left" % r["id"])
    # ---- counts per source
    by = {k: [r for r in pos if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    if len(pos) != sum(len(v) for v in by.values()):
        errs.append("unknown positive source")
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = Counter(r["container"] for r in ev)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        errs.append("everyday kinds not 45 x 4")
    for k in kinds:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            errs.append("everyday kind %s lacks 4 different types" % k)
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday types not 12 x 15")
    vd = by["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count / distinct types")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__")[1] not in vendor243.STYLE_NAMES:
            errs.append("%s: vendor container" % r["id"])
    pw = by["password"]
    syn = [r["type"] for r in pw]
    if not (95 <= len(pw) <= 120) or len(set(syn)) != len(syn):
        errs.append("positional count %d / duplicates" % len(pw))
    pr = by["prose"]
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose count / languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    types_by_src = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(types_by_src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by_src[ks[i]] & types_by_src[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    if len(evs) != 66:
        errs.append("evasion count %d" % len(evs))
    encs = Counter(r["encoding"] for r in evs)
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasions not 22 x 3")
    for e in encs:
        rs = [r for r in evs if r["encoding"] == e]
        if len({r["type"] for r in rs}) != 3 or len({r["container"].split("__")[1] for r in rs}) != 3:
            errs.append("encoding %s not once per type and wording" % e)
    if len(negs) < 180:
        errs.append("negatives %d < 180" % len(negs))
    if len({r["class"] for r in negs}) < 16:
        errs.append("negative classes < 16")
    if len({r["text"] for r in negs}) != len(negs):
        errs.append("repeated negative text")
    # ---- shapes
    for r in ev:
        e = everyday243.check_value(r["type"], r["secrets"][0]["value"])
        if e:
            errs.append("%s: everyday shape %s" % (r["id"], e))
    vspec = {v[0]: v for v in vendor243.V}
    for r in vd:
        v = r["secrets"][0]["value"]
        spec = vspec.get(r["type"])
        if not spec:
            errs.append("%s: unknown vendor type" % r["id"])
            continue
        if not vendor243.spec_regex(spec[2]).match(v):
            errs.append("%s: vendor regex" % r["id"])
        fe = vendor243.frame_check(r["type"], v)
        if fe:
            errs.append("%s: %s" % (r["id"], fe))
        if spec[3] == vendor243.OWN and not PW_RE.match(v):
            errs.append("%s: owner password form" % r["id"])
    for r in pw + pr:
        if not PW_STRICT_RE.match(r["secrets"][0]["value"]):
            errs.append("%s: strict password form" % r["id"])
        if r in pw and not r["type"].startswith(positional243.PREFIX):
            errs.append("%s: positional prefix" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in evs:
        s = r["secrets"][0]
        if s["encoding"] != r["encoding"] or r["source"] != "evasion":
            errs.append("%s: evasion span encoding" % r["id"])
        if not evasions243.PLAIN_RE[r["type"]].match(s["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1]:
            errs.append("%s: evasion container" % r["id"])
        m = re.match(r"^([^\n]*):\n([^\n]+)\n([^\n]+)$", r["text"])
        if not m or m.group(2) != s["value"]:
            errs.append("%s: evasion layout" % r["id"])
        try:
            dec = dec243.decode(r["encoding"], s["value"])
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != s["plain"]:
            errs.append("%s: run does not decode to plain" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: plain inside run" % r["id"])
    # ---- reuse and leakage
    vals = [r["secrets"][0]["value"] for r in pos + evs]
    if len(set(vals)) != len(vals):
        errs.append("reused value")
    plains = [r["secrets"][0]["plain"] for r in evs]
    if len(set(plains)) != len(plains):
        errs.append("reused evasion plain")
    alltexts = [(r["id"], r["text"]) for r in pos + evs + negs]
    for r in pos + evs:
        v = r["secrets"][0]["value"]
        for rid, t in alltexts:
            if rid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], rid))
    for p in plains:
        for rid, t in alltexts:
            if p in t:
                errs.append("evasion plain appears in %s" % rid)
    for r in negs:
        if PW_ANY_RE.search(r["text"]):
            errs.append("%s: password form in negative" % r["id"])
    for rid, t in alltexts:
        for u in UUID_RE.findall(t):
            if not uuid_is_v4(u):
                errs.append("%s: non-v4 UUID %s" % (rid, u))
        for j in JWT_RE.findall(t):
            if not jwt_valid(j):
                errs.append("%s: malformed JWT-shaped string" % rid)
    # ---- deny-list
    for r in pos:
        _deny(r["container"], deny, "container", errs)
        _deny(r["type"], deny, "span type", errs)
    for r in pw:
        syn_ = r["type"][len(positional243.PREFIX):]
        if syn_ in deny["_nameset"]:
            errs.append("deny-listed syntax %r" % syn_)
    for r in evs:
        _deny(r["container"], deny, "evasion container", errs)
        _deny(r["encoding"], deny, "encoding", errs)
        _deny(r["type"], deny, "evasion type", errs)
    for r in negs:
        _deny(r["class"], deny, "negative class", errs)
        _deny(r["container"], deny, "negative container", errs)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for r in pr:
        code = r["container"].split("__")[-1]
        if code in codes or code in deny["_nameset"]:
            errs.append("deny-listed language code %s" % code)
        nm = LANG_NAMES.get(code, "").lower()
        if not nm or nm in lnames or any(w in lnames for w in re.split(r"[\s/,]+", nm)):
            errs.append("deny-listed or unknown language name for %s" % code)
    for c, n in prose243.SPARES:
        if c in codes or c in deny["_nameset"] or n.lower() in lnames:
            errs.append("deny-listed spare language %s" % c)
    return errs


def _first_pos(data, src):
    return next(r for r in data["positives"] if r["source"] == src)


MUTATIONS = []


def mutation(fn):
    MUTATIONS.append(fn)
    return fn


@mutation
def m01_shifted_span_start(d):
    d["positives"][3]["secrets"][0]["start"] += 1


@mutation
def m02_truncated_value(d):
    d["positives"][10]["secrets"][0]["value"] = d["positives"][10]["secrets"][0]["value"][:-1]


@mutation
def m03_value_reused_in_other_text(d):
    d["positives"][20]["text"] += "\n" + d["positives"][21]["secrets"][0]["value"]


@mutation
def m04_positive_value_in_negative(d):
    d["negatives"][5]["text"] += " " + d["positives"][200]["secrets"][0]["value"]


@mutation
def m05_evasion_plain_corrupted(d):
    s = d["evasions"][7]["secrets"][0]
    s["plain"] = s["plain"][:-1] + ("a" if s["plain"][-1] != "a" else "b")


@mutation
def m06_deny_listed_container(d):
    d["positives"][0]["container"] = "box_office_laravel_env"


@mutation
def m07_deny_listed_negative_class(d):
    d["negatives"][0]["class"] = "ismn_score_edition_codes"


@mutation
def m08_deny_listed_encoding(d):
    d["evasions"][0]["encoding"] = "base91_henke"
    d["evasions"][0]["secrets"][0]["encoding"] = "base91_henke"


@mutation
def m09_negatives_below_180(d):
    del d["negatives"][170:]


@mutation
def m10_deny_listed_language(d):
    r = _first_pos(d, "prose")
    r["container"] = r["container"].rsplit("__", 1)[0] + "__swe"


@mutation
def m11_verhoeff_digit_broken(d):
    r = next(x for x in d["positives"] if x["type"] == "flock_sync_verhoeff_key")
    v = r["secrets"][0]["value"]
    dig = v[16]
    nv = v[:16] + str((int(dig) + 1) % 10) + v[17:]
    r["text"] = r["text"].replace(v, nv)
    r["secrets"][0]["value"] = nv


@mutation
def m12_non_v4_uuid(d):
    d["negatives"][1]["text"] += " id 123e4567-e89b-12d3-a456-426614174000"


@mutation
def m13_two_spans(d):
    d["positives"][30]["secrets"].append(dict(d["positives"][30]["secrets"][0]))


@mutation
def m14_earlier_syntax_name(d):
    r = _first_pos(d, "password")
    r["type"] = positional243.PREFIX + "curl_lower_u_user_colon_pair"
    r["secrets"][0]["type"] = r["type"]


@mutation
def m15_crc32_tail_broken(d):
    r = next(x for x in d["positives"] if x["type"] == "bale_tracker_crc32_token")
    v = r["secrets"][0]["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"].replace(v, nv)
    r["secrets"][0]["value"] = nv


@mutation
def m16_password_form_in_negative(d):
    d["negatives"][2]["text"] += "\nshed pc: Fleece-ab3c77"


def run_mutations(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        new = set(validate(d, deny)) - base
        results.append((fn.__name__, bool(new)))
    return results
