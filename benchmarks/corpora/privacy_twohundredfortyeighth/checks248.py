"""Checks run by build.py before anything is written."""
import copy
import os
import re
from collections import Counter, defaultdict

import common248 as C
import dec248
import enc248
import everyday248 as E
import evasions248 as EV
import negatives248 as N
import positional248 as P
import prose248 as PR
import vendor248 as V

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def denylist_state():
    frozen = C.load_denylist()
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.BRIEF_DIR)
        same = all(fresh[k] == frozen[k] for k in ("names", "syntaxes", "language_codes", "language_names"))
        return frozen, ("re-extracted from %s and identical" % C.BRIEF_DIR) if same else "DIFFERS", same
    return frozen, "brief directory absent; frozen list used", True


def _names_to_check(pos, eva, neg):
    out = []   # (what, name)
    for r in pos + eva + neg:
        out.append(("container", r["container"]))
    for r in pos + eva:
        out.append(("span type", r["type"]))
    for r in eva:
        out.append(("encoding", r["encoding"]))
    for r in neg:
        out.append(("negative class", r["class"]))
    for w in N.WRAPPERS:
        if w:
            out.append(("negative wrapper", w.strip("_")))
    for s in V.STYLES:
        out.append(("vendor style", s))
    for w in P.WHERE.values():
        out.append(("positional where", w))
    for w in EV.WORDINGS:
        out.append(("evasion wording", w))
    for f in PR.FORMATS:
        out.append(("prose format", f))
    for k in E.KINDS:
        out.append(("everyday kind", k[0]))
    return out


def check_denylist(pos, eva, neg, deny):
    errs = []
    names = set(deny["names"])
    for what, nm in _names_to_check(pos, eva, neg):
        low = nm.lower()
        parts = [low] + [p for p in low.split("__") if p]
        for p in parts:
            if p in names:
                errs.append("deny-listed %s: %s (part %s)" % (what, nm, p))
    syn_names = names | set(deny["syntaxes"])
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(P.PREFIX):] if r["type"].startswith(P.PREFIX) else r["type"]
            if syn in syn_names:
                errs.append("earlier positional syntax: %s" % syn)
    codes = set(deny["language_codes"]) | names
    lnames = set(deny["language_names"])
    for code, name, *_ in PR.LANGS:
        if code in codes:
            errs.append("deny-listed language code %s" % code)
        nm = name.lower()
        if nm in lnames or any(w in lnames for w in re.split(r"[\s\-]+", nm)):
            errs.append("deny-listed language name %s" % name)
    for code, name in PR.SPARES:
        if code in codes or name.lower() in lnames:
            errs.append("deny-listed spare language %s" % code)
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in codes:
                errs.append("deny-listed prose language in record %s" % r["id"])
    return errs


def check_structure(pos, eva, neg):
    errs = []
    for lst, pref, fields, span_fields in ((pos, "s", POS_FIELDS, POS_SPAN), (eva, "e", EVA_FIELDS, EVA_SPAN), (neg, "n", NEG_FIELDS, None)):
        for i, r in enumerate(lst, 1):
            want = "%s-%s-%04d" % (C.PREFIX, pref, i)
            if r.get("id") != want:
                errs.append("id out of sequence: %s (want %s)" % (r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("field set of %s: %s" % (r.get("id"), list(r.keys())))
            if any(m in r.get("text", "") for m in ("@@V@@", "@@K@@", "@@H@@")):
                errs.append("placement marker left in %s" % r.get("id"))
            if span_fields is None:
                if r.get("source") != "negative":
                    errs.append("negative source wrong %s" % r.get("id"))
                continue
            sp = r.get("secrets", [])
            if len(sp) != 1:
                errs.append("%s has %d spans" % (r.get("id"), len(sp)))
                continue
            s = sp[0]
            if list(s.keys()) != span_fields:
                errs.append("span fields of %s: %s" % (r["id"], list(s.keys())))
                continue
            t = r["text"]
            if t[s["start"]:s["end"]] != s["value"]:
                errs.append("offsets wrong in %s" % r["id"])
            if s["type"] != r["type"]:
                errs.append("span type != record type in %s" % r["id"])
            if t.count(s["value"]) != 1:
                errs.append("value not exactly once in %s" % r["id"])
            if s["value"] != s["value"].strip() or not s["value"]:
                errs.append("outer whitespace in value of %s" % r["id"])
            if pref == "e":
                if s["encoding"] != r["encoding"] or r["source"] != "evasion":
                    errs.append("evasion span encoding / source in %s" % r["id"])
    return errs


def check_counts(pos, eva, neg):
    errs = []
    by = defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds not 45 x 4 distinct types")
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or any(v != 15 for v in tc.values()):
        errs.append("everyday types not 12 x 15")
    vd = by["vendor"]
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120:
        errs.append("vendor count / distinct types %d" % len(vd))
    for r in vd:
        if not (r["container"].startswith(r["type"] + "__") and r["container"].split("__")[1] in V.STYLES):
            errs.append("vendor container form %s" % r["id"])
    pw = by["password"]
    if not (100 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("positional count %d / distinct" % len(pw))
    pr = by["prose"]
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        errs.append("prose count / languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    if len(eva) != 66:
        errs.append("evasions count %d" % len(eva))
    ec = Counter(r["encoding"] for r in eva)
    if len(ec) != 22 or any(v != 3 for v in ec.values()):
        errs.append("evasions not 22 x 3")
    for e in ec:
        if len(set(r["type"] for r in eva if r["encoding"] == e)) != 3:
            errs.append("encoding %s not once per type" % e)
    if len(neg) < 200:
        errs.append("negatives below 200: %d" % len(neg))
    ncl = Counter(r["class"] for r in neg)
    if len(ncl) < 20:
        errs.append("negative classes below 20: %d" % len(ncl))
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("repeated negative text")
    srcs = defaultdict(set)
    for r in pos:
        srcs[r["source"]].add(r["type"])
    srcs["evasion"] = set(r["type"] for r in eva)
    keys = list(srcs)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if srcs[keys[i]] & srcs[keys[j]]:
                errs.append("span types shared between %s and %s" % (keys[i], keys[j]))
    return errs


def check_shapes(pos, eva):
    errs = []
    for r in pos:
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            if not E.validate(r["type"], v):
                errs.append("everyday shape %s %s" % (r["id"], r["type"]))
        elif src == "vendor":
            if not V.validate(r["type"], v):
                errs.append("vendor shape %s %s" % (r["id"], r["type"]))
        elif src == "password":
            if not C.STRICT_PW_RX.match(v):
                errs.append("positional value not strict password %s" % r["id"])
        elif src == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            t = r["text"]
            if not C.STRICT_PW_RX.match(v):
                errs.append("prose value shape %s" % r["id"])
            if not (s > 0 and e < len(t) and t[s - 1].isspace() and t[e].isspace()):
                errs.append("prose value not set off by whitespace %s" % r["id"])
    for r in eva:
        sp = r["secrets"][0]
        if not EV.PLAIN_RX[r["type"]].match(sp["plain"]):
            errs.append("evasion plain shape %s" % r["id"])
        t = r["text"]
        s, e = sp["start"], sp["end"]
        if not (t[:s].endswith(":\n") and t[e:e + 1] == "\n" and t[e + 1:].strip()):
            errs.append("evasion layout %s" % r["id"])
        if "\n" in sp["value"]:
            errs.append("evasion run spans lines %s" % r["id"])
        if r["container"] not in ("%s__%s" % (r["encoding"], w) for w in EV.WORDINGS):
            errs.append("evasion container form %s" % r["id"])
        if enc248.RULES.get(r["encoding"], "\x00no rule") not in t[:s]:
            errs.append("evasion rule text missing %s" % r["id"])
    return errs


def check_decode(eva):
    errs = []
    for r in eva:
        sp = r["secrets"][0]
        try:
            d = dec248.decode(r["encoding"], sp["value"])
        except Exception as ex:       # noqa
            d = "<error %r>" % ex
        if d != sp["plain"]:
            errs.append("evasion does not decode %s" % r["id"])
        if sp["plain"] in sp["value"]:
            errs.append("run contains plain %s" % r["id"])
    return errs


def check_reuse_and_texts(pos, eva, neg):
    errs = []
    vals = [r["secrets"][0]["value"] for r in pos + eva]
    for v, n in Counter(vals).items():
        if n > 1:
            errs.append("value reused: %s" % v[:20])
    plains = [r["secrets"][0]["plain"] for r in eva]
    if len(set(plains)) != len(plains):
        errs.append("evasion plain reused")
    alltexts = [(r["id"], r["text"]) for r in pos + eva + neg]
    big = "\x00".join(t for _, t in alltexts)
    for r in pos + eva:
        v = r["secrets"][0]["value"]
        if big.count(v) != 1:
            errs.append("value %s of %s appears elsewhere" % (v[:16], r["id"]))
    for p in plains:
        if p in big:
            errs.append("evasion plain appears in a text: %s" % p)
    for r in neg:
        t = r["text"]
        if C.PW_FORM_IN_TEXT_RX.search(t):
            errs.append("password form in negative %s" % r["id"])
        for v in vals + plains:
            if len(v) >= 6 and v in t:
                errs.append("positive value in negative %s" % r["id"])
                break
    for rid, t in alltexts:
        for m in C.UUID_RX.finditer(t):
            if not C.uuid_is_v4(m.group(0)):
                errs.append("non-v4 UUID in %s" % rid)
        for m in C.JWT_RX.finditer(t):
            if not C.jwt_frame_ok(m.group(0)):
                errs.append("invalid JWT-shaped string in %s" % rid)
    return errs


def run_all(pos, eva, neg, deny):
    errs = []
    for name, fn, args in (("deny-list", check_denylist, (pos, eva, neg, deny)), ("structure", check_structure, (pos, eva, neg)),
                           ("counts", check_counts, (pos, eva, neg)), ("shapes", check_shapes, (pos, eva)),
                           ("decode", check_decode, (eva,)), ("reuse and texts", check_reuse_and_texts, (pos, eva, neg))):
        try:
            errs += fn(*args)
        except Exception as ex:     # a crash on malformed data is itself an error
            errs.append("%s check crashed: %r" % (name, ex))
    return errs


# ---------------------------------------------------------------- mutation tests

def _first(pos, src, typ=None):
    for r in pos:
        if r["source"] == src and (typ is None or r["type"] == typ):
            return r
    raise KeyError(src)


def _set_value(r, newv):
    sp = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:sp["start"]] + newv + t[sp["end"]:]
    sp["value"] = newv
    sp["end"] = sp["start"] + len(newv)


def mutations():
    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        p[1]["secrets"][0]["value"] = p[1]["secrets"][0]["value"] + "Q"

    def m03(p, e, n):
        p[5]["text"] += "\n" + p[6]["secrets"][0]["value"]

    def m04(p, e, n):
        n[3]["text"] += " " + p[200]["secrets"][0]["value"]

    def m05(p, e, n):
        sp = e[4]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")

    def m06(p, e, n):
        p[10]["container"] = "ops_docker_compose_environment"

    def m07(p, e, n):
        for r in n:
            if r["class"] == n[0]["class"]:
                r["class"] = "courier_tracking_numbers"

    def m08(p, e, n):
        for r in e[:3]:
            r["encoding"] = "base62_big_integer"
            r["secrets"][0]["encoding"] = "base62_big_integer"

    def m09(p, e, n):
        del n[-15:]

    def m10(p, e, n):
        for r in p:
            if r["source"] == "prose":
                r["container"] = r["container"].split("__")[0] + "__swe"
                break

    def m11(p, e, n):
        r = _first(p, "everyday", "ca_store_verhoeff_sync_key")
        v = r["secrets"][0]["value"]
        d = v[16]
        _set_value(r, v[:16] + str((int(d) + 1) % 10) + v[17:])

    def m12(p, e, n):
        r = _first(p, "everyday", "press_telemetry_crc32_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m13(p, e, n):
        n[7]["text"] += "\nbooking 1b4e28ba-2fa1-11d2-883f-0016d3cca427"

    def m14(p, e, n):
        p[2]["secrets"].append(dict(p[2]["secrets"][0]))

    def m15(p, e, n):
        for r in p:
            if r["source"] == "password":
                r["type"] = "cdrpw_sshpass_lower_p_flag"
                r["secrets"][0]["type"] = r["type"]
                break

    def m16(p, e, n):
        n[9]["text"] += "\nold till login: Bramley-ox47"

    def m17(p, e, n):
        p[3]["id"], p[4]["id"] = p[4]["id"], p[3]["id"]

    def m18(p, e, n):
        r = _first(p, "vendor", "stripe_restricted_live_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-3])

    def m19(p, e, n):
        r = _first(p, "everyday", "keg_tracker_eddsa_jwt")
        v = r["secrets"][0]["value"]
        head, sig = v.rsplit(".", 1)
        ch = "A" if sig[5] != "A" else "B"
        nv = head + "." + sig[:5] + ch + sig[6:]
        E.EDDSA_PUBLIC[nv] = E.EDDSA_PUBLIC.get(v)
        _set_value(r, nv)

    def m20(p, e, n):
        r = _first(p, "everyday", "orchard_gateway_bech32m_secret")
        v = r["secrets"][0]["value"]
        c = "q" if v[-1] != "q" else "p"
        _set_value(r, v[:-1] + c)

    def m21(p, e, n):
        sp = e[10]["secrets"][0]
        t = e[10]["text"]
        newrun = sp["value"] + " " + sp["plain"]
        e[10]["text"] = t[:sp["start"]] + newrun + t[sp["end"]:]
        sp["value"] = newrun
        sp["end"] = sp["start"] + len(newrun)

    def m22(p, e, n):
        n[12]["text"] += "\ntoken eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"

    return [("m01_shifted_span_start", m01), ("m02_value_not_in_text", m02), ("m03_value_reused_in_other_text", m03),
            ("m04_positive_value_in_negative", m04), ("m05_evasion_does_not_decode", m05), ("m06_deny_listed_container", m06),
            ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09),
            ("m10_deny_listed_prose_language", m10), ("m11_verhoeff_digit_broken", m11), ("m12_crc32_tail_broken", m12),
            ("m13_non_v4_uuid_in_negative", m13), ("m14_two_spans", m14), ("m15_earlier_syntax_name", m15),
            ("m16_password_form_in_negative", m16), ("m17_id_out_of_sequence", m17), ("m18_vendor_shape_broken", m18),
            ("m19_eddsa_signature_broken", m19), ("m20_bech32m_checksum_broken", m20), ("m21_run_contains_plain", m21),
            ("m22_invalid_jwt_in_negative", m22)]


def run_mutations(pos, eva, neg, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in mutations():
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        saved = dict(E.EDDSA_PUBLIC)
        fn(p, e, n)
        errs = run_all(p, e, n, deny)
        E.EDDSA_PUBLIC.clear()
        E.EDDSA_PUBLIC.update(saved)
        caught = any(x not in base for x in errs)
        results.append((name, caught))
    return results
