"""Every check build.py runs before writing, and the mutation tests."""
import copy
import re

import dec250
import enc250
import everyday250
import evasions250
import negatives250
import positional250
import prose250
import vendor250
from common250 import (JWT_SHAPED, PREFIX, PW_FORM_IN_TEXT, PW_STRICT_RE, UUID_SHAPED, deny_hits, jwt_valid,
                       uuid_is_v4)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def _names_to_check():
    """(label, name) pairs of everything of ours that must be off the deny-list."""
    out = []
    for k in everyday250.KINDS:
        out.append(("everyday container", k))
    for t in everyday250.TYPE_NAMES:
        out.append(("everyday type", t))
    for t in vendor250.VENDOR_NAMES:
        out.append(("vendor type", t))
    for s in vendor250.STYLE_NAMES:
        out.append(("vendor style", s))
    for n in positional250.NAMES:
        out.append(("positional syntax", n))
        out.append(("positional type", positional250.TYPE_PREFIX + n))
    for w in positional250.WHERE.values():
        out.append(("positional suffix", w))
    out.append(("prose type", prose250.PTYPE))
    for f in prose250.FORMATS:
        out.append(("prose format", f))
    for e in enc250.ENCODINGS:
        out.append(("encoding", e))
    for w in evasions250.WORDING_NAMES:
        out.append(("evasion wording", w))
    for t in evasions250.ETYPE_NAMES:
        out.append(("evasion type", t))
    for c, _, bases in negatives250.CLASSES:
        out.append(("negative class", c))
        for b, _, _ in bases:
            out.append(("negative base kind", b))
    for w in negatives250.WRAPPER_NAMES:
        if w:
            out.append(("negative wrapper", w.lstrip("_")))
    return out


def check_deny(data, deny):
    errs = []
    for label, name in _names_to_check():
        h = deny_hits(name, deny)
        if h:
            errs.append("deny-list: %s %r hits %r" % (label, name, h))
    for rec in data["secrets"] + data["evasions"] + data["negatives"]:
        h = deny_hits(rec["container"], deny)
        if h:
            errs.append("deny-list: container %r of %s hits %r" % (rec["container"], rec["id"], h))
        key = "class" if "class" in rec else "type"
        h = deny_hits(rec[key], deny)
        if h:
            errs.append("deny-list: %s %r of %s hits %r" % (key, rec[key], rec["id"], h))
        if "encoding" in rec:
            h = deny_hits(rec["encoding"], deny)
            if h:
                errs.append("deny-list: encoding %r of %s hits %r" % (rec["encoding"], rec["id"], h))
    for rec in data["secrets"]:
        if rec["source"] == "password":
            syn = rec["type"][len(positional250.TYPE_PREFIX):]
            if syn in deny["_synset"] or syn in deny["_nameset"]:
                errs.append("deny-list: positional syntax %r is an earlier syntax" % syn)
    codes = [c for c, _, _, _ in prose250.LANGS] + [c for c, _ in prose250.SPARES]
    names = [n for _, n, _, _ in prose250.LANGS] + [n for _, n in prose250.SPARES]
    for rec in data["secrets"]:
        if rec["source"] == "prose":
            code = rec["container"].split("__")[-1]
            if code in deny["_codeset"] or code in deny["_nameset"]:
                errs.append("deny-list: prose language code %r of %s" % (code, rec["id"]))
    for c in codes:
        if c in deny["_codeset"] or c in deny["_nameset"]:
            errs.append("deny-list: language code %r" % c)
    for n in names:
        low = n.lower()
        words = [low] + re.split(r"[\s\-]+", low)
        for w in words:
            if w in deny["_lnameset"] or w in prose250.HAND_AVOIDED:
                errs.append("deny-list: language name %r (%r)" % (n, w))
    return errs


def check_ids_fields(data):
    errs = []
    for key, tag, fields in (("secrets", "s", POS_FIELDS), ("evasions", "e", EVA_FIELDS), ("negatives", "n", NEG_FIELDS)):
        for i, rec in enumerate(data[key]):
            want = "%s-%s-%04d" % (PREFIX, tag, i + 1)
            if rec.get("id") != want:
                errs.append("id %r at position %d, expected %s" % (rec.get("id"), i, want))
            if list(rec.keys()) != fields:
                errs.append("%s: fields %r" % (rec.get("id"), list(rec.keys())))
    return errs


def check_spans(data):
    errs = []
    for rec in data["secrets"] + data["evasions"]:
        rid = rec["id"]
        sp = rec.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: needs exactly one span" % rid)
            continue
        s = sp[0]
        want = EVA_SPAN if rec["source"] == "evasion" else POS_SPAN
        if list(s.keys()) != want:
            errs.append("%s: span fields %r" % (rid, list(s.keys())))
            continue
        t = rec["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("%s: text[start:end] != value" % rid)
        if t.count(s["value"]) != 1:
            errs.append("%s: value occurs %d times" % (rid, t.count(s["value"])))
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("%s: outer whitespace in value" % rid)
        if s["type"] != rec["type"]:
            errs.append("%s: span type differs from record type" % rid)
        if rec["source"] == "evasion" and (s["encoding"] != rec["encoding"]):
            errs.append("%s: span encoding differs" % rid)
    for rec in data["secrets"] + data["evasions"] + data["negatives"]:
        if "@@" in rec["text"]:
            errs.append("%s: placeholder left" % rec["id"])
    return errs


def check_counts(data):
    errs = []
    sec = data["secrets"]
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    types = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: 45 kinds x 4 different types violated")
    if len(types) != 12 or any(v != 15 for v in types.values()):
        errs.append("everyday: 12 types x 15 violated")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: 120 distinct types violated (%d)" % len(vd))
    for r in vd:
        if r["container"].split("__")[0] != r["type"] or r["container"].split("__")[1] not in vendor250.STYLE_NAMES:
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not 100 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional: 100-120 distinct syntaxes violated (%d)" % len(pw))
    pr = by.get("prose", [])
    langs = {r["container"].split("__")[-1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose: 40 records in 40 languages violated")
    if not 440 <= len(sec) <= 470:
        errs.append("positives total %d outside 440-470" % len(sec))
    if set(by) != {"everyday", "vendor", "password", "prose"}:
        errs.append("unexpected sources %r" % sorted(by))
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    eva = data["evasions"]
    if len(eva) != 66:
        errs.append("evasions count %d" % len(eva))
    pairs = {(r["encoding"], r["type"]) for r in eva}
    if len(pairs) != 66 or len({r["encoding"] for r in eva}) != 22:
        errs.append("evasions: 22 encodings x 3 types violated")
    for e in {r["encoding"] for r in eva}:
        ws = {r["container"].split("__")[1] for r in eva if r["encoding"] == e}
        if ws != set(evasions250.WORDING_NAMES):
            errs.append("evasions: encoding %s does not use each wording once" % e)
    neg = data["negatives"]
    if len(neg) < 200 or len({r["class"] for r in neg}) < 20:
        errs.append("negatives: at least 200 in 20 classes violated (%d)" % len(neg))
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("negatives: repeated text")
    return errs


def check_shapes(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            for e in everyday250.check_value(r["type"], v):
                errs.append("%s: %s" % (r["id"], e))
        elif r["source"] == "vendor":
            for e in vendor250.check_vendor_value(vendor250.VENDOR_BY_NAME[r["type"]][2], v):
                errs.append("%s: vendor %s" % (r["id"], e))
        elif r["source"] == "password":
            if not PW_STRICT_RE.match(v):
                errs.append("%s: positional value not strict password form" % r["id"])
        elif r["source"] == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not PW_STRICT_RE.match(v):
                errs.append("%s: prose value not strict password form" % r["id"])
            if not (s > 0 and r["text"][s - 1].isspace() and e < len(r["text"]) and r["text"][e].isspace()):
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in data["evasions"]:
        s = r["secrets"][0]
        if not evasions250.check_plain(r["type"], s["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[-1]):
            errs.append("%s: evasion container not <encoding>__<wording>" % r["id"])
        t = r["text"]
        if r["encoding"] not in enc250.RULES:
            errs.append("%s: unknown encoding %r" % (r["id"], r["encoding"]))
            continue
        if not (t[:s["start"]].endswith(enc250.rule_text(r["encoding"]) + ":\n") and t[s["end"]:s["end"] + 1] == "\n"
                and t[s["end"] + 1:].strip() and "\n" not in s["value"]):
            errs.append("%s: evasion layout (rule, ':' newline, run line, remark)" % r["id"])
    return errs


def check_decode(data):
    errs = []
    for r in data["evasions"]:
        s = r["secrets"][0]
        try:
            d = dec250.decode(r["encoding"], s["value"])
        except Exception as e:
            d = "<error %s>" % e
        if d != s["plain"]:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if s["plain"] in s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
    return errs


def check_reuse(data):
    errs = []
    allrecs = data["secrets"] + data["evasions"] + data["negatives"]
    values = []
    for r in data["secrets"] + data["evasions"]:
        values.append((r["id"], r["secrets"][0]["value"]))
        if r["source"] == "evasion":
            values.append((r["id"], r["secrets"][0]["plain"]))
    seen = {}
    for rid, v in values:
        if v in seen and seen[v] != rid:
            errs.append("%s: value reused from %s" % (rid, seen[v]))
        seen.setdefault(v, rid)
    for rid, v in values:
        for r in allrecs:
            if r["id"] != rid and v in r["text"]:
                errs.append("%s: value appears in %s" % (rid, r["id"]))
    for r in data["evasions"]:
        if r["secrets"][0]["plain"] in r["text"]:
            errs.append("%s: evasion plain appears in its own text" % r["id"])
    return errs


def check_negatives_clean(data):
    errs = []
    for r in data["negatives"]:
        if PW_FORM_IN_TEXT.search(r["text"]):
            errs.append("%s: password-form string in negative" % r["id"])
        if JWT_SHAPED.search(r["text"]):
            errs.append("%s: JWT-shaped string in negative" % r["id"])
    return errs


def check_uuid_jwt(data):
    errs = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        for m in UUID_SHAPED.finditer(r["text"]):
            if not uuid_is_v4(m.group(0)):
                errs.append("%s: non-v4 UUID %s" % (r["id"], m.group(0)))
        for m in JWT_SHAPED.finditer(r["text"]):
            if not jwt_valid(m.group(0)):
                errs.append("%s: invalid JWT-shaped string" % r["id"])
    return errs


def run_all(data, deny):
    errs = []
    for fn in (check_ids_fields, check_spans, check_counts, check_shapes, check_decode, check_reuse,
               check_negatives_clean, check_uuid_jwt):
        errs += fn(data)
    errs += check_deny(data, deny)
    return errs


# ------------------------------------------------------------------ mutations
def _first(data, source):
    return next(r for r in data["secrets"] if r["source"] == source)


def _by_type(data, t):
    return next(r for r in data["secrets"] if r["type"] == t)


def _replace_value(rec, new):
    s = rec["secrets"][0]
    old = s["value"]
    rec["text"] = rec["text"][:s["start"]] + new + rec["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)
    return old


def mutations():
    def m01(d, deny):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d, deny):
        d["secrets"][5]["text"] = d["secrets"][5]["text"].replace(d["secrets"][5]["secrets"][0]["value"], "")

    def m03(d, deny):
        d["secrets"][7]["text"] += "\n" + d["secrets"][3]["secrets"][0]["value"]

    def m04(d, deny):
        d["negatives"][0]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m05(d, deny):
        r = d["evasions"][4]
        r["secrets"][0]["plain"] = r["secrets"][0]["plain"][:-1] + ("x" if r["secrets"][0]["plain"][-1] != "x" else "y")

    def m06(d, deny):
        d["secrets"][0]["container"] = "ops_fish_shell_history"

    def m07(d, deny):
        d["negatives"][0]["class"] = "courier_tracking_numbers"

    def m08(d, deny):
        d["evasions"][0]["encoding"] = "base62_big_integer"

    def m09(d, deny):
        del d["negatives"][-10:]

    def m10(d, deny):
        r = _first(d, "prose")
        r["container"] = r["container"].split("__")[0] + "__swe"

    def m11(d, deny):
        r = _by_type(d, "plate_order_verhoeff_key")
        v = r["secrets"][0]["value"]
        i = 18   # last digit of the third group, the Verhoeff digit
        _replace_value(r, v[:i] + str((int(v[i]) + 1) % 10) + v[i + 1:])

    def m12(d, deny):
        r = _by_type(d, "paper_stock_crc32_token")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m13(d, deny):
        d["negatives"][3]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000"

    def m14(d, deny):
        r = d["secrets"][9]
        r["secrets"].append(dict(r["secrets"][0]))

    def m15(d, deny):
        r = _first(d, "password")
        r["type"] = positional250.TYPE_PREFIX + "sshpass_lower_p_flag"
        r["secrets"][0]["type"] = r["type"]

    def m16(d, deny):
        d["negatives"][5]["text"] += "\nplaten-ab1c42"

    def m17(d, deny):
        d["secrets"][2]["id"], d["secrets"][3]["id"] = d["secrets"][3]["id"], d["secrets"][2]["id"]

    def m18(d, deny):
        r = _by_type(d, "shippo_live_api_token")
        _replace_value(r, r["secrets"][0]["value"][:-1] + "G")

    def m19(d, deny):
        d["negatives"][7]["text"] += "\neyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.c2ln"

    def m20(d, deny):
        r = d["secrets"][11]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + " " + r["text"][s["start"]:]
        s["value"] = " " + s["value"]
        s["end"] += 1

    def m21(d, deny):
        r = d["evasions"][10]
        r["text"] += "\n(" + r["secrets"][0]["plain"] + ")"

    def m22(d, deny):
        r = _by_type(d, "editions_archive_hs512_jwt")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-2])

    return [("m01_shifted_span_start", m01), ("m02_value_not_in_text", m02), ("m03_value_reused_in_other_text", m03),
            ("m04_positive_value_in_negative", m04), ("m05_evasion_does_not_decode", m05),
            ("m06_deny_listed_container", m06), ("m07_deny_listed_negative_class", m07),
            ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09), ("m10_deny_listed_language", m10),
            ("m11_verhoeff_digit_broken", m11), ("m12_crc32_tail_broken", m12), ("m13_non_v4_uuid_in_negative", m13),
            ("m14_two_spans", m14), ("m15_earlier_syntax_name", m15), ("m16_password_form_in_negative", m16),
            ("m17_id_out_of_sequence", m17), ("m18_vendor_shape_broken", m18), ("m19_bad_jwt_in_negative", m19),
            ("m20_outer_whitespace_in_value", m20), ("m21_evasion_plain_in_text", m21),
            ("m22_jwt_signature_truncated", m22)]


def run_mutations(data, deny):
    base = set(run_all(data, deny))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d, deny)
        new = set(run_all(d, deny)) - base
        results.append((name, bool(new)))
    return results
