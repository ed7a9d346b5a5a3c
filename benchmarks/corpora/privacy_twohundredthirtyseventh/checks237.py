"""All checks run by build.py before writing; plus mutation tests."""
import copy
import re
from collections import Counter, defaultdict

import dec237
import enc237
import everyday237
import evasions237
import negatives237
import positional237
import prose237
import vendor237
from common237 import (JWT_RE, MARK, PREFIX, PW_STRICT_RE, PW_WIDE_RE, UUID_RE, WORLD_PW_SEARCH, denied, jwt_ok,
                       uuids_v4_ok)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def names_to_check(data):
    """(label, name) pairs that must not overlap the deny-list."""
    out = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        out.append(("container", r["container"]))
    for r in data["secrets"] + data["evasions"]:
        out.append(("span type", r["type"]))
    for r in data["evasions"]:
        out.append(("encoding", r["encoding"]))
    for r in data["negatives"]:
        out.append(("negative class", r["class"]))
    out += [("everyday kind", k[0]) for k in everyday237.KINDS]
    out += [("everyday type", t[0]) for t in everyday237.TYPES]
    out += [("vendor style", s[0]) for s in vendor237.STYLES]
    out += [("vendor set-aside", s[0]) for s in vendor237.SET_ASIDE]
    out += [("positional suffix", s) for s in positional237.SUFFIX.values()]
    out += [("positional set-aside", s[0]) for s in positional237.SET_ASIDE]
    out += [("prose format", f) for f in prose237.FORMATS]
    out += [("evasion wording", w[0]) for w in evasions237.WORDINGS]
    out += [("evasion type", t[0]) for t in evasions237.TYPES]
    out += [("encoding", e) for e in enc237.ENCODINGS]
    for c in negatives237.CLASSES:
        out.append(("negative class", c[0]))
        out += [("negative base kind", k) for k in c[1]]
    out += [("negative wrapper", w[0]) for w in negatives237.WRAPPERS]
    return out


def check_all(data, deny):
    errs = []
    E = errs.append
    secrets, evas, negs = data["secrets"], data["evasions"], data["negatives"]

    # ---------------- ids and fields
    for recs, kind, fields in ((secrets, "s", POS_FIELDS), (evas, "e", EVA_FIELDS), (negs, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (PREFIX, kind, i + 1)
            if r.get("id") != want:
                E("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                E("%s: fields %s" % (r.get("id"), list(r.keys())))
    # ---------------- spans
    for r in secrets + evas:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E("%s: must have exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        t = r["text"]
        if not (0 <= s["start"] < s["end"] <= len(t)) or t[s["start"]:s["end"]] != s["value"]:
            E("%s: span does not re-slice" % r["id"])
        if s["type"] != r["type"]:
            E("%s: span type differs from record type" % r["id"])
        if t.count(s["value"]) != 1:
            E("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if s["value"] != s["value"].strip() or not s["value"]:
            E("%s: value has outer whitespace" % r["id"])
        if MARK in t:
            E("%s: placement marker left" % r["id"])
    for r in negs:
        if r["source"] != "negative" or MARK in r["text"]:
            E("%s: bad negative" % r["id"])

    by = defaultdict(list)
    for r in secrets:
        by[r["source"]].append(r)
    # ---------------- counts
    ev = by["everyday"]
    if len(ev) != 180:
        E("everyday count %d != 180" % len(ev))
    kinds = defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday: need 45 kinds with 4 different types each")
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E("everyday: need 12 types x 15")
    vd = by["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor: need 120 distinct types (have %d)" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            E("%s: vendor container must be <type>__<style>" % r["id"])
    pw = by["password"]
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        E("password: need 95-120 distinct syntaxes, one each (have %d)" % len(pw))
    pr = by["prose"]
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E("prose: need 40 records in 40 languages")
    if not (440 <= len(secrets) <= 470):
        E("positives total %d outside 440-470" % len(secrets))
    if sum(len(v) for v in by.values()) != len(secrets) or set(by) - {"everyday", "vendor", "password", "prose"}:
        E("unknown positive source")
    stypes = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(stypes)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if stypes[ks[i]] & stypes[ks[j]]:
                E("span types shared between %s and %s" % (ks[i], ks[j]))
    if len(evas) != 66:
        E("evasions %d != 66" % len(evas))
    ec = Counter(r["encoding"] for r in evas)
    if len(ec) != 22 or set(ec.values()) != {3}:
        E("evasions: need 22 encodings x 3")
    for enc_name in ec:
        rs = [r for r in evas if r["encoding"] == enc_name]
        if len({r["type"] for r in rs}) != 3 or len({r["container"].split("__")[1] for r in rs}) != 3:
            E("evasions: %s not once per type and once per wording" % enc_name)
    if len(negs) < 180:
        E("negatives %d < 180" % len(negs))
    if len({r["class"] for r in negs}) < 16:
        E("negative classes < 16")
    if len({r["text"] for r in negs}) != len(negs):
        E("repeated negative text")

    # ---------------- shapes
    for r in ev:
        if not everyday237.check_value(r["type"], r["secrets"][0]["value"]):
            E("%s: everyday value fails its shape (%s)" % (r["id"], r["type"]))
    for r in vd:
        if r["type"] not in {v[0] for v in vendor237.VENDORS} or not vendor237.check_value(r["type"], r["secrets"][0]["value"]):
            E("%s: vendor value fails its shape (%s)" % (r["id"], r["type"]))
    for r in pw:
        syn = r["type"][len(positional237.PWPREFIX):]
        try:
            inner = positional237.inner_of(syn, r["secrets"][0]["value"])
        except Exception:
            inner = None
        if inner is None or not PW_STRICT_RE.match(inner):
            E("%s: positional value not a strict password" % r["id"])
    for r in pr:
        v, s, e, t = r["secrets"][0]["value"], r["secrets"][0]["start"], r["secrets"][0]["end"], r["text"]
        if not PW_STRICT_RE.match(v):
            E("%s: prose value not strict" % r["id"])
        if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
            E("%s: prose value not set off by whitespace" % r["id"])
    for r in evas:
        sp = r["secrets"][0]
        if sp["encoding"] != r["encoding"] or r["container"].split("__")[0] != r["encoding"]:
            E("%s: encoding mismatch" % r["id"])
        if not evasions237.PLAIN_RE[r["type"]].match(sp["plain"]):
            E("%s: evasion plain has wrong shape" % r["id"])
        try:
            dec = dec237.decode(r["encoding"], sp["value"])
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            E("%s: run does not decode to its plain" % r["id"])
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            E("%s: run contains its plain" % r["id"])
        t = r["text"]
        if not (t[sp["start"] - 2:sp["start"]] == ":\n" and t[sp["end"]:sp["end"] + 1] == "\n" and t[sp["end"] + 1:].strip()):
            E("%s: evasion text layout" % r["id"])

    # ---------------- reuse and leakage
    values = [(r["id"], r["secrets"][0]["value"]) for r in secrets + evas]
    vc = Counter(v for _, v in values)
    for v, n in vc.items():
        if n > 1:
            E("value reused %d times: %s" % (n, v[:30]))
    all_texts = [(r["id"], r["text"]) for r in secrets + evas + negs]
    for rid, v in values:
        for tid, t in all_texts:
            if tid != rid and v in t:
                E("value of %s appears in %s" % (rid, tid))
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in evas]
    for rid, p in plains:
        for tid, t in all_texts:
            if p in t:
                E("evasion plain of %s appears in %s" % (rid, tid))
    for r in negs:
        if WORLD_PW_SEARCH.search(r["text"]):
            E("%s: negative holds a password form" % r["id"])
    for rid, t in all_texts:
        if not uuids_v4_ok(t):
            E("%s: UUID-shaped substring not version 4" % rid)
    for r in secrets + evas:
        for m in JWT_RE.finditer(r["text"]):
            if not jwt_ok(m.group(0)):
                E("%s: JWT-shaped substring is not a valid JWT" % r["id"])

    # ---------------- deny-list
    for label, name in names_to_check(data):
        if denied(name, deny):
            E("deny-listed %s: %s" % (label, name))
    for r in pw:
        syn = r["type"][len(positional237.PWPREFIX):]
        if syn in deny["_syntaxset"] or syn in deny["_nameset"]:
            E("%s: earlier syntax %s" % (r["id"], syn))
    for syn, _why in positional237.SET_ASIDE:
        if syn in deny["_syntaxset"] or syn in deny["_nameset"]:
            E("set-aside syntax is an earlier one: %s" % syn)
    lang_table = {c: n for c, n, _s, _t in prose237.LANGS}
    for code in langs + [c for c, _n in prose237.SPARES]:
        name = lang_table.get(code) or dict(prose237.SPARES).get(code)
        if code in deny["_codes"] or code in deny["_nameset"]:
            E("deny-listed language code %s" % code)
        if name is None:
            E("language %s has no name" % code)
            continue
        if name.lower() in deny["_lnames"] or any(w in deny["_lnames"] for w in name.lower().split()):
            E("deny-listed language name %s" % name)
    return errs


# ------------------------------------------------------------------ mutation tests
def _first(recs, source):
    return next(r for r in recs if r["source"] == source)


def m01(d):
    r = d["secrets"][0]
    r["secrets"][0]["start"] += 1


def m02(d):
    r = d["secrets"][5]
    r["secrets"][0]["value"] = r["secrets"][0]["value"][:-1]
    r["secrets"][0]["end"] -= 1


def m03(d):
    v = d["secrets"][3]["secrets"][0]["value"]
    d["secrets"][200]["text"] += "\nold one was " + v + "\n"


def m04(d):
    d["negatives"][7]["text"] += " " + d["secrets"][250]["secrets"][0]["value"]


def m05(d):
    e = d["evasions"][10]["secrets"][0]
    e["plain"] = e["plain"][:-1] + ("0" if e["plain"][-1] != "0" else "1")


def m06(d):
    d["secrets"][190]["container"] = "ops_fish_history"


def m07(d):
    for r in d["negatives"][:10]:
        r["class"] = "staff_password_rotation_prose"


def m08(d):
    for r in d["evasions"][:3]:
        r["encoding"] = "rail_fence_three_rails"


def m09(d):
    del d["negatives"][170:]


def m10(d):
    r = _first(d["secrets"], "prose")
    r["container"] = r["container"].split("__")[0] + "__fin"


def m11(d):
    r = next(r for r in d["secrets"] if r["type"] == "imaging_relay_verhoeff_key")
    sp = r["secrets"][0]
    v = sp["value"]
    d9 = v[13]
    nv = v[:13] + str((int(d9) + 1) % 10) + v[14:]
    r["text"] = r["text"].replace(v, nv)
    sp["value"] = nv


def m12(d):
    d["negatives"][3]["text"] += "\nref 3f2a9c10-1b2c-1d4e-8f00-0a1b2c3d4e5f\n"


def m13(d):
    r = d["secrets"][100]
    r["secrets"].append(dict(r["secrets"][0]))


def m14(d):
    r = _first(d["secrets"], "password")
    old = r["type"]
    new = positional237.PWPREFIX + "redis_cli_lower_a_auth_flag"
    r["type"] = new
    r["secrets"][0]["type"] = new
    r["container"] = r["container"].replace(old, new)


def m15(d):
    r = next(r for r in d["secrets"] if r["type"] == "lab_webhook_crc16_secret")
    sp = r["secrets"][0]
    v = sp["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"].replace(v, nv)
    sp["value"] = nv


def m16(d):
    d["negatives"][12]["text"] += "\nnew one: Molar-zq7x42\n"


MUTATIONS = [("m01_shifted_span_start", m01), ("m02_truncated_value", m02), ("m03_value_reused_in_other_text", m03),
             ("m04_positive_value_in_negative", m04), ("m05_evasion_plain_corrupted", m05),
             ("m06_deny_listed_container", m06), ("m07_deny_listed_negative_class", m07),
             ("m08_deny_listed_encoding", m08), ("m09_negatives_below_180", m09), ("m10_deny_listed_language", m10),
             ("m11_verhoeff_digit_broken", m11), ("m12_non_v4_uuid", m12), ("m13_two_spans", m13),
             ("m14_earlier_syntax_name", m14), ("m15_crc16_tail_broken", m15), ("m16_password_form_in_negative", m16)]


def run_mutations(data, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(check_all(d, deny))
        results.append((name, bool(errs - base)))
    return results
