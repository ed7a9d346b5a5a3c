"""Checks run by build.py before anything is written, plus mutation tests."""
import copy
import re

import common247 as C
import dec247
import enc247
import everyday247
import evasions247
import negatives247
import positional247
import prose247
import vendor247

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
PREFIX = C.PREFIX


def names_to_check(data):
    """Every name that must not overlap the deny-list: (label, name)."""
    out = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        out.append(("container", r["container"]))
    for r in data["secrets"] + data["evasions"]:
        out.append(("span type", r["secrets"][0]["type"]))
    for r in data["evasions"]:
        out.append(("encoding", r["encoding"]))
    for r in data["negatives"]:
        out.append(("negative class", r["class"]))
    for s in vendor247.STYLES:
        out.append(("vendor style", s[0]))
    for v in positional247.SUFFIX.values():
        out.append(("positional suffix", v))
    for f in prose247.FORMATS:
        out.append(("prose format", f))
    out.append(("prose type", prose247.SPAN_TYPE))
    for w in evasions247.WORDINGS:
        out.append(("evasion wording", w))
    for w, _ in negatives247.WRAPPERS:
        if w:
            out.append(("negative wrapper", w.strip("_")))
    return out


def check(data, deny):
    errs = []
    E = errs.append
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    names = deny["_names_set"]

    # ---- deny-list
    for label, n in names_to_check(data):
        bad = C.denied(n, deny)
        if bad:
            E("deny-listed %s %r (part %r)" % (label, n, bad))
    for r in sec:
        if r["source"] == "password":
            syn = r["type"][len(positional247.PW_PREFIX):]
            if not r["type"].startswith(positional247.PW_PREFIX):
                E("positional type without prefix: %s" % r["type"])
            if syn in set(deny["syntaxes"]) or syn in names:
                E("earlier syntax %r" % syn)
    codes = set(deny["language_codes"]) | names
    lnames = set(deny["language_names"])
    prose_codes = [r["container"].split("__")[-1] for r in sec if r["source"] == "prose"]
    for code in prose_codes + [s[0] for s in prose247.SPARES]:
        if code in codes:
            E("deny-listed language code %r" % code)
    for _, name, _, _ in prose247.LANGS:
        for w in [name.lower()] + name.lower().split():
            if w in lnames:
                E("deny-listed language name %r" % w)
    if len(set(prose_codes)) != 40:
        E("prose languages not 40 distinct: %d" % len(set(prose_codes)))

    # ---- ids and fields
    for lst, kind, fields in ((sec, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(lst):
            if r.get("id") != "%s-%s-%04d" % (PREFIX, kind, i + 1):
                E("bad id %r at %s[%d]" % (r.get("id"), kind, i))
            if list(r.keys()) != fields:
                E("bad fields %s in %s" % (list(r.keys()), r.get("id")))

    # ---- spans
    for r in sec + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E("%s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = POS_SPAN if r["source"] != "evasion" else EVA_SPAN
        if list(s.keys()) != want:
            E("bad span fields in %s" % r["id"])
        v = s["value"]
        if r["text"][s["start"]:s["end"]] != v:
            E("span offsets wrong in %s" % r["id"])
        if s["type"] != r["type"]:
            E("span type != record type in %s" % r["id"])
        if r["text"].count(v) != 1:
            E("value occurs %d times in %s" % (r["text"].count(v), r["id"]))
        if v != v.strip() or not v:
            E("value with outer whitespace in %s" % r["id"])
        if re.search(r"\{[A-Z]\}", r["text"]):
            E("placeholder left in %s" % r["id"])
        if r["source"] == "evasion" and (s.get("encoding") != r.get("encoding")):
            E("span encoding mismatch in %s" % r["id"])

    # ---- counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        E("everyday count %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday kinds not 45 x 4 distinct types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E("everyday types not 12 x 15: %s" % tcount)
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor count %d / distinct %d != 120" % (len(vd), len({r["type"] for r in vd})))
    styles = {s[0] for s in vendor247.STYLES}
    for r in vd:
        t, _, st = r["container"].partition("__")
        if t != r["type"] or st not in styles:
            E("vendor container %r malformed" % r["container"])
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        E("positional count %d (distinct %d) outside 95-120" % (len(pw), len({r["type"] for r in pw})))
    pr = by.get("prose", [])
    if len(pr) != 40:
        E("prose count %d != 40" % len(pr))
    if not (440 <= len(sec) <= 470):
        E("positives total %d outside 440-470" % len(sec))
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22:
        E("evasions %d / encodings %d (want 66 / 22)" % (len(eva), len({r["encoding"] for r in eva})))
    ecount = {}
    for r in eva:
        ecount[r["encoding"]] = ecount.get(r["encoding"], 0) + 1
    if set(ecount.values()) != {3}:
        E("evasion encodings not 3 each")
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        E("negatives %d in %d classes (want >=180 in >=16)" % (len(neg), len({r["class"] for r in neg})))
    if len({r["text"] for r in neg}) != len(neg):
        E("repeated negative text")
    srcs = {}
    for r in sec + eva:
        srcs.setdefault(r["source"], set()).add(r["type"])
    sl = list(srcs)
    for i in range(len(sl)):
        for j in range(i + 1, len(sl)):
            if srcs[sl[i]] & srcs[sl[j]]:
                E("span types shared by %s and %s" % (sl[i], sl[j]))

    # ---- shapes
    for r in ev:
        if not everyday247.validate_value(r["type"], r["secrets"][0]["value"]):
            E("everyday shape wrong in %s (%s)" % (r["id"], r["type"]))
    vtypes = {v[0] for v in vendor247.VENDORS}
    for r in vd:
        if r["type"] not in vtypes or not vendor247.validate(r["type"], r["secrets"][0]["value"]):
            E("vendor shape wrong in %s (%s)" % (r["id"], r["type"]))
    hidden = []
    for r in pw:
        v = r["secrets"][0]["value"]
        if r["type"].endswith("_b64"):
            try:
                v = positional247.inner_password(v)
            except Exception:
                E("positional Base64 does not decode in %s" % r["id"])
                continue
            hidden.append(v)
            if v in r["text"]:
                E("hidden password visible in %s" % r["id"])
        if not C.PW_STRICT_RE.match(v):
            E("positional value not strict password in %s" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not C.PW_STRICT_RE.match(s["value"]):
            E("prose value not strict password in %s" % r["id"])
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E("prose value not set off by whitespace in %s" % r["id"])
    wordings = set(evasions47_wordings())
    for r in eva:
        s = r["secrets"][0]
        if not evasions247.validate_plain(r["type"], s["plain"]):
            E("evasion plain shape wrong in %s" % r["id"])
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != s["value"] or not lines[2].strip():
            E("evasion layout wrong in %s" % r["id"])
        enc, _, wd = r["container"].partition("__")
        if enc != r["encoding"] or wd not in wordings:
            E("evasion container malformed in %s" % r["id"])
        try:
            out = dec247.decode(r["encoding"], s["value"])
        except Exception as ex:
            out = "<error %s>" % ex
        if out != s["plain"]:
            E("evasion does not decode in %s" % r["id"])
        if s["plain"] in s["value"]:
            E("evasion run contains its plain in %s" % r["id"])

    # ---- reuse and leaks
    values = [r["secrets"][0]["value"] for r in sec + eva]
    if len(set(values)) != len(values):
        E("reused values")
    texts = [(r["id"], r["text"]) for r in sec + eva]
    for r in sec + eva:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                E("value of %s appears in %s" % (r["id"], rid))
    plains = [r["secrets"][0]["plain"] for r in eva]
    for p in plains + hidden:
        for rid, t in texts:
            if p in t:
                E("hidden/plain value appears in %s" % rid)
    for n in neg:
        for v in values + plains + hidden:
            if v in n["text"]:
                E("positive value %r inside negative %s" % (v[:20], n["id"]))
        if C.PW_FORM_IN_TEXT.search(n["text"]):
            E("password form in negative %s" % n["id"])
        if C.JWT_RE.search(n["text"]):
            E("JWT-shaped string in negative %s" % n["id"])
    for rid, t in texts + [(n["id"], n["text"]) for n in neg]:
        for u in C.UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E("non-v4 UUID in %s" % rid)
        for j in C.JWT_RE.findall(t):
            if not C.jwt_valid(j):
                E("invalid JWT-shaped string in %s" % rid)
    return errs


def evasions47_wordings():
    return evasions247.WORDINGS


# ------------------------------------------------------------------ mutation tests
def _first(lst, pred):
    for i, r in enumerate(lst):
        if pred(r):
            return i
    raise LookupError


def mutations():
    def m01(d):
        s = d["secrets"][0]["secrets"][0]
        s["start"] += 1

    def m02(d):
        r = d["secrets"][5]
        r["text"] = r["text"].replace(r["secrets"][0]["value"], "REDACTED")

    def m03(d):
        d["secrets"][1]["text"] += "\n# old: " + d["secrets"][0]["secrets"][0]["value"] + "\n"

    def m04(d):
        d["negatives"][3]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"] + "\n"

    def m05(d):
        d["evasions"][4]["secrets"][0]["plain"] = "cmx-aaaaaaaaaaaaaaaaaaaa"

    def m06(d):
        d["secrets"][10]["container"] = "ops_zsh_history"

    def m07(d):
        for r in d["negatives"][:10]:
            r["class"] = "one_way_password_hashes"

    def m08(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "nonary_code_points"
            r["secrets"][0]["encoding"] = "nonary_code_points"

    def m09(d):
        del d["negatives"][:25]

    def m10(d):
        i = _first(d["secrets"], lambda r: r["source"] == "prose")
        r = d["secrets"][i]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__eng"

    def m11(d):
        i = _first(d["secrets"], lambda r: r["type"] == "room_key_encoder_mod97_key")
        r = d["secrets"][i]
        v = r["secrets"][0]["value"]
        c = v[12]
        nv = v[:12] + ("0" if c != "0" else "1") + v[13:]
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def m12(d):
        d["negatives"][7]["text"] += "\nrequest id 123e4567-e89b-12d3-a456-426614174000\n"

    def m13(d):
        r = d["secrets"][20]
        r["secrets"].append(dict(r["secrets"][0]))

    def m14(d):
        i = _first(d["secrets"], lambda r: r["source"] == "password")
        r = d["secrets"][i]
        r["type"] = "gstpw_mysql_client_glued_lower_p"
        r["secrets"][0]["type"] = r["type"]

    def m15(d):
        i = _first(d["secrets"], lambda r: r["type"] == "housekeeping_app_damm_token")
        r = d["secrets"][i]
        v = r["secrets"][0]["value"]
        nv = v[:-1] + str((int(v[-1]) + 1) % 10)
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def m16(d):
        d["negatives"][11]["text"] += "\nold code was Hostel.abc12 until Monday\n"

    def m17(d):
        d["secrets"][3]["id"] = "p247-s-9999"

    def m18(d):
        i = _first(d["secrets"], lambda r: r["type"] == "github_classic_personal_access_token")
        r = d["secrets"][i]
        v = r["secrets"][0]["value"]
        nv = v[:-1]
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] -= 1

    def m19(d):
        i = _first(d["secrets"], lambda r: r["source"] == "vendor")
        del d["secrets"][i]

    return [("m01_shifted_span_start", m01), ("m02_value_not_in_text", m02),
            ("m03_value_reused_in_other_text", m03), ("m04_positive_value_in_negative", m04),
            ("m05_evasion_does_not_decode", m05), ("m06_deny_listed_container", m06),
            ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08),
            ("m09_negatives_below_180", m09), ("m10_deny_listed_language", m10),
            ("m11_mod97_check_broken", m11), ("m12_non_v4_uuid_in_negative", m12),
            ("m13_two_spans", m13), ("m14_earlier_syntax_name", m14), ("m15_damm_digit_broken", m15),
            ("m16_password_form_in_negative", m16), ("m17_id_out_of_sequence", m17),
            ("m18_vendor_shape_broken", m18), ("m19_vendor_record_missing", m19)]


def run_mutations(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        new = set(check(d, deny)) - base
        results.append((name, bool(new)))
    return results
