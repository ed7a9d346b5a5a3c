"""All checks run by build.py before anything is written, plus the mutation tests."""
import base64
import collections
import copy
import json
import re

import dec246
import enc246
import everyday246
import evasions246
import negatives246
import positional246
import prose246
import vendor246
from common246 import (MARK, KMARK, PW_RE, PW_STRICT_RE, PW_FORM_IN_TEXT, JWT_SHAPE, UUID_SHAPE, B62, LUHN36,
                       jwt_valid, uuid_is_v4, damm_digit, crc16_ccitt_false, luhn_mod_n_valid, deny_hits)

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
SPAN_KEYS = ["value", "start", "end", "type"]
EVA_SPAN_KEYS = ["value", "start", "end", "type", "plain", "encoding"]


def check_everyday_value(typ, v):
    kind = everyday246.TYPE_INFO[typ][3]
    if kind == "password":
        return bool(PW_RE.match(v))
    if typ == "fruiting_chamber_damm_sync_key":
        m = re.fullmatch(r"fcs_(\d{14})(\d)_([0-9A-Za-z]{28})", v)
        return bool(m) and damm_digit(m.group(1)) == m.group(2)
    if typ == "spawn_lab_crc16_token":
        m = re.fullmatch(r"spl_([0-9A-Za-z]{32})-([0-9a-f]{4})", v)
        return bool(m) and "%04x" % crc16_ccitt_false(m.group(1).encode()) == m.group(2)
    if typ == "mycelium_gateway_luhn36_token":
        m = re.fullmatch(r"myg-([0-9A-Z]{25})", v)
        return bool(m) and luhn_mod_n_valid(m.group(1), LUHN36)
    if typ == "harvest_api_hs384_jwt":
        if not jwt_valid(v):
            return False
        h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        return h.get("alg") == "HS384"
    if typ == "mushroom_shop_laravel_app_key":
        m = re.fullmatch(r"base64:([A-Za-z0-9+/]{43}=)", v)
        return bool(m) and len(base64.b64decode(m.group(1))) == 32
    if typ == "sensor_pipeline_fernet_key":
        return bool(re.fullmatch(r"[A-Za-z0-9_-]{43}=", v)) and len(base64.urlsafe_b64decode(v)) == 32
    return False


def check_evasion_plain(typ, p):
    if typ == "grow_office_pc_evasion_password":
        return bool(PW_STRICT_RE.match(p))
    if typ == "autoclave_evasion_service_code":
        return bool(re.fullmatch(r"acv_[0-9A-Za-z]{16}", p))
    if typ == "harvest_sync_evasion_api_token":
        return bool(re.fullmatch(r"hst-[a-z0-9]{20}", p))
    return False


def negative_ok_factory(values, plains):
    long_vals = [v for v in values if len(v) >= 6] + [p for p in plains if len(p) >= 6]

    def ok(text):
        return not negative_problems(text, long_vals)
    return ok


def negative_problems(text, long_vals):
    probs = []
    for v in long_vals:
        if v in text:
            probs.append("contains a positive value or evasion plain")
            break
    if PW_FORM_IN_TEXT.search(text):
        probs.append("contains a world-word password form")
    for u in UUID_SHAPE.findall(text):
        if not uuid_is_v4(u):
            probs.append("UUID-shaped string that is not version 4")
    for j in JWT_SHAPE.findall(text):
        if not jwt_valid(j):
            probs.append("malformed JWT-shaped string")
    return probs


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "p246-%s-%04d" % (kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %r" % (r.get("id"), want))


def _deny(name, deny, what, errs, extra=()):
    h = deny_hits(name, deny, extra)
    if h:
        errs.append("%s %r overlaps the deny-list (%s)" % (what, name, ", ".join(h)))


def run_checks(data, deny):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    _ids(sec, "s", errs)
    _ids(eva, "e", errs)
    _ids(neg, "n", errs)
    # ---- structure and spans
    for r in sec + eva:
        keys = EVA_KEYS if r.get("source") == "evasion" else POS_KEYS
        if list(r.keys()) != keys:
            errs.append("%s: record keys %r" % (r.get("id"), list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            errs.append("%s: %d spans (want exactly one)" % (r["id"], len(r["secrets"])))
            continue
        sp = r["secrets"][0]
        want = EVA_SPAN_KEYS if r["source"] == "evasion" else SPAN_KEYS
        if list(sp.keys()) != want:
            errs.append("%s: span keys %r" % (r["id"], list(sp.keys())))
            continue
        t, v = r["text"], sp["value"]
        if not (isinstance(sp["start"], int) and isinstance(sp["end"], int) and t[sp["start"]:sp["end"]] == v):
            errs.append("%s: malformed span (text[start:end] != value)" % r["id"])
        if sp["type"] != r["type"]:
            errs.append("%s: span type differs from record type" % r["id"])
        if not v or v != v.strip():
            errs.append("%s: empty value or outer whitespace" % r["id"])
        if t.count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if MARK in t or KMARK in t:
            errs.append("%s: placement marker left in text" % r["id"])
        if r["source"] == "evasion" and (sp["encoding"] != r["encoding"]):
            errs.append("%s: span encoding differs from record encoding" % r["id"])
    for r in neg:
        if list(r.keys()) != NEG_KEYS:
            errs.append("%s: negative keys %r" % (r.get("id"), list(r.keys())))
    if errs:
        return errs          # later checks assume well-formed records
    # ---- counts
    by_src = collections.defaultdict(list)
    for r in sec:
        by_src[r["source"]].append(r)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown positive source")
    ev = by_src["everyday"]
    if len(ev) != 180:
        errs.append("everyday: %d records (want 180)" % len(ev))
    kinds = collections.defaultdict(set)
    kind_n = collections.Counter()
    type_n = collections.Counter()
    for r in ev:
        kinds[r["container"]].add(r["type"])
        kind_n[r["container"]] += 1
        type_n[r["type"]] += 1
    if len(kinds) != 45 or any(n != 4 for n in kind_n.values()) or any(len(s) != 4 for s in kinds.values()):
        errs.append("everyday: want 45 kinds x 4 different types")
    if len(type_n) != 12 or any(n != 15 for n in type_n.values()):
        errs.append("everyday: want 12 types x 15 records")
    vd = by_src["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: want 120 records of 120 distinct types")
    style_names = {s[0] for s in vendor246.STYLES}
    for r in vd:
        head, _, style = r["container"].partition("__")
        if head != r["type"] or style not in style_names:
            errs.append("%s: vendor container must be <type>__<style>" % r["id"])
    pw = by_src["password"]
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional: want 95-120 distinct syntaxes, one record each (got %d)" % len(pw))
    pr = by_src["prose"]
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose: want 40 records in 40 languages")
    if not 440 <= len(sec) <= 470:
        errs.append("positives: %d (want about 450)" % len(sec))
    if len(eva) != 66:
        errs.append("evasions: %d (want 66)" % len(eva))
    enc_n = collections.Counter(r["encoding"] for r in eva)
    if len(enc_n) != 22 or any(n != 3 for n in enc_n.values()):
        errs.append("evasions: want 22 encodings x 3")
    pairs = {(r["encoding"], r["type"]) for r in eva}
    if len(pairs) != 66:
        errs.append("evasions: each encoding must appear once per type")
    if len(neg) < 180:
        errs.append("negatives: %d (want at least 180)" % len(neg))
    if len({r["class"] for r in neg}) < 16:
        errs.append("negatives: fewer than 16 classes")
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("negatives: repeated text")
    tsets = [set(r["type"] for r in by_src[s]) for s in ("everyday", "vendor", "password", "prose")] + [set(r["type"] for r in eva)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")
    # ---- shapes
    for r in ev:
        if r["type"] not in everyday246.TYPE_INFO or not check_everyday_value(r["type"], r["secrets"][0]["value"]):
            errs.append("%s: everyday value fails its shape (%s)" % (r["id"], r["type"]))
    vspec = {t[0]: t[2] for t in vendor246.V}
    for r in vd:
        spec = vspec.get(r["type"])
        v = r["secrets"][0]["value"]
        if spec is None or not re.fullmatch(vendor246.spec_regex(spec), v) or not vendor246.frame_ok(spec, v):
            errs.append("%s: vendor value fails its shape (%s)" % (r["id"], r["type"]))
    for r in pw + pr:
        if not PW_STRICT_RE.match(r["secrets"][0]["value"]):
            errs.append("%s: positional / prose value is not the strict password form" % r["id"])
    for r in pr:
        s, e, t = r["secrets"][0]["start"], r["secrets"][0]["end"], r["text"]
        if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in eva:
        sp = r["secrets"][0]
        if not check_evasion_plain(r["type"], sp["plain"]):
            errs.append("%s: evasion plain fails its shape" % r["id"])
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != sp["value"] or not lines[2].strip():
            errs.append("%s: evasion text layout (rule, ':' newline, run, remark)" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1] or \
                r["container"].split("__")[-1] not in {w[0] for w in evasions246.WORDINGS}:
            errs.append("%s: evasion container must be <encoding>__<wording>" % r["id"])
        try:
            dec = dec246.decode(r["encoding"], sp["value"])
        except Exception as ex:          # noqa: BLE001
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            errs.append("%s: evasion run does not decode to its plain" % r["id"])
        if sp["plain"] in sp["value"]:
            errs.append("%s: evasion run contains its plain" % r["id"])
    # ---- reuse and leakage
    values = [r["secrets"][0]["value"] for r in sec + eva]
    plains = [r["secrets"][0]["plain"] for r in eva]
    cnt = collections.Counter(values + plains)
    for v, n in cnt.items():
        if n > 1:
            errs.append("value reused: %r" % v[:40])
    all_texts = [(r["id"], r["text"]) for r in sec + eva + neg]
    for r in sec + eva:
        v = r["secrets"][0]["value"]
        for rid, t in all_texts:
            if rid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], rid))
    for r in eva:
        p = r["secrets"][0]["plain"]
        for rid, t in all_texts:
            if p in t:
                errs.append("%s: evasion plain appears in text of %s" % (r["id"], rid))
    long_vals = [v for v in values + plains if len(v) >= 6]
    for r in neg:
        for prob in negative_problems(r["text"], long_vals):
            errs.append("%s: negative %s" % (r["id"], prob))
    for r in sec + eva:
        for u in UUID_SHAPE.findall(r["text"]):
            if not uuid_is_v4(u):
                errs.append("%s: UUID-shaped string that is not version 4" % r["id"])
        for j in JWT_SHAPE.findall(r["text"]):
            if not jwt_valid(j):
                errs.append("%s: malformed JWT-shaped string" % r["id"])
    # ---- deny-list
    for r in sec + eva + neg:
        _deny(r["container"], deny, "%s container" % r["id"], errs)
    for r in sec + eva:
        _deny(r["type"], deny, "%s span type" % r["id"], errs)
    for r in eva:
        _deny(r["encoding"], deny, "%s encoding" % r["id"], errs)
    for r in neg:
        _deny(r["class"], deny, "%s negative class" % r["id"], errs)
    for r in pw:
        syn = r["type"][len(positional246.PREFIX):] if r["type"].startswith(positional246.PREFIX) else r["type"]
        if syn in deny["syntaxes"] or deny_hits(syn, deny):
            errs.append("%s: syntax %r is an earlier README's syntax or name" % (r["id"], syn))
    code_pool = set(deny["language_codes"]) | set(deny["names"])
    name_pool = set(deny["language_names"])
    lang_names = {c: n for c, n, _, _ in prose246.L}
    for code in langs + [c for c, _ in prose246.SPARES]:
        if code in code_pool:
            errs.append("prose language code %r is deny-listed" % code)
        nm = lang_names.get(code) or dict(prose246.SPARES).get(code, "")
        if nm.lower() in name_pool or any(w in name_pool for w in nm.lower().split()):
            errs.append("prose language name %r is deny-listed" % nm)
        if code not in lang_names and code not in dict(prose246.SPARES):
            errs.append("prose language %r unknown" % code)
    for w in list(positional246.WHERE.values()) + [s[0] for s in vendor246.STYLES] + \
            [w[0] for w in evasions246.WORDINGS] + prose246.FORMATS + \
            [c[0] for c in negatives246.CLASSES] + [w[0].lstrip("_") for w in negatives246.WRAPPERS if w[0]]:
        _deny(w, deny, "name part", errs)
    return errs


# ---------------------------------------------------------------- mutation tests
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations(data, deny):
    def m01(d):
        r = d["secrets"][0]
        r["secrets"][0]["start"] += 1

    def m02(d):
        r = _first(d["secrets"], lambda r: r["type"] == "spawn_lab_crc16_token")
        sp = r["secrets"][0]
        sp["value"] = sp["value"][:-1]
        sp["end"] -= 1

    def m03(d):
        v = d["secrets"][5]["secrets"][0]["value"]
        d["secrets"][7]["text"] += "\n# old: " + v + "\n"

    def m04(d):
        v = _first(d["secrets"], lambda r: r["source"] == "vendor")["secrets"][0]["value"]
        d["negatives"][3]["text"] += v

    def m05(d):
        sp = d["evasions"][4]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")

    def m06(d):
        d["secrets"][0]["container"] = "ops_zsh_history"

    def m07(d):
        for r in d["negatives"][:10]:
            r["class"] = "sheep_eid_and_flock_mark_numbers"

    def m08(d):
        r = d["evasions"][0]
        r["encoding"] = "deseret_letter_substitution"
        r["secrets"][0]["encoding"] = "deseret_letter_substitution"

    def m09(d):
        del d["negatives"][170:]

    def m10(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__pol"

    def m11(d):
        r = _first(d["secrets"], lambda r: r["type"] == "fruiting_chamber_damm_sync_key")
        sp = r["secrets"][0]
        v = sp["value"]
        bad = v[:18] + str((int(v[18]) + 1) % 10) + v[19:]
        r["text"] = r["text"].replace(v, bad)
        sp["value"] = bad

    def m12(d):
        d["negatives"][0]["text"] += "\nrequest 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n"

    def m13(d):
        r = d["secrets"][10]
        r["secrets"].append(dict(r["secrets"][0]))

    def m14(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = positional246.PREFIX + "sshpass_lower_p_flag"
        r["secrets"][0]["type"] = r["type"]

    def m15(d):
        d["negatives"][1]["text"] += "\nBearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\n"

    def m16(d):
        d["negatives"][2]["text"] += "\nold kiosk login: Shiitake-zq9k41\n"

    tests = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16]
    names = ["m01_shifted_span_start", "m02_truncated_crc16_value", "m03_value_reused_in_other_text",
             "m04_positive_value_in_negative", "m05_evasion_plain_corrupted", "m06_deny_listed_container",
             "m07_deny_listed_negative_class", "m08_deny_listed_encoding", "m09_negatives_below_180",
             "m10_deny_listed_language", "m11_damm_digit_broken", "m12_non_v4_uuid_in_negative",
             "m13_two_spans", "m14_earlier_syntax_name", "m15_malformed_jwt_in_negative",
             "m16_password_form_in_negative"]
    clean = set(run_checks(data, deny))
    results = []
    for name, fn in zip(names, tests):
        d = copy.deepcopy(data)
        fn(d)
        new = set(run_checks(d, deny)) - clean
        results.append((name, bool(new)))
    return clean, results
